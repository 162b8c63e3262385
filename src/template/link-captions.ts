/**
 * Template stage: what a link of a text is, for the caption printed under its QR code when the
 * campaign's `links` do not name it (a group's own link, `{{group.[Link đăng ký]}}`, or an address
 * typed by hand). Two parts:
 * - `pageKey`: when two addresses open the same page though typed apart (a trailing "/", http or
 *   https, "www.", a share or tracking query such as `?usp=sharing`): a body link then takes the
 *   label of the `links` entry of its page.
 * - `linkWords`: the words that say what a link is, from the text it stands in: a Markdown link's
 *   own text ("[Phiếu đăng ký](https://…)"), else the words of its sentence before it with the
 *   pointing words ("tại địa chỉ website:") left off ("Tài liệu chi tiết hướng dẫn tham gia cuộc
 *   thi tại địa chỉ website: https://…" → "Tài liệu chi tiết hướng dẫn tham gia cuộc thi").
 */

import { domainToUnicode } from 'node:url';
import { upperFirst } from '../model/format.js';
import { type Block, plainText, type Run } from './blocks.js';

/** Query keys that only say how a link was shared or tracked: the page is the same without them. */
const SHARE_KEY = /^(?:utm_\w+|usp|fbclid|gclid|zarsrc|igshid|si)$/i;

/**
 * The page `url` opens, as a key: two addresses with one key open the same page. Its scheme,
 * a "www." before the host, a final "/", the fragment and share/tracking query keys do not count;
 * every other query key does (`?id=1` and `?id=2` are two pages). Undefined for a text that is
 * no web address.
 */
export function pageKey(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const host = u.hostname.replace(/^www\./, '');
  const path = u.pathname.replace(/\/+$/, '');
  const query = [...u.searchParams]
    .filter(([k]) => !SHARE_KEY.test(k))
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&');
  return `${host}${u.port ? `:${u.port}` : ''}${path}${query ? `?${query}` : ''}`;
}

/** The value of `byUrl` for `url`: its own, else that of an address of the same page. */
export function forPage<T>(byUrl: ReadonlyMap<string, T>, url: string): T | undefined {
  const own = byUrl.get(url);
  if (own !== undefined) return own;
  const key = pageKey(url);
  if (key === undefined) return undefined;
  for (const [other, value] of byUrl) if (pageKey(other) === key) return value;
  return undefined;
}

/** Words at the end of a lead-in that only point at the address ("tại địa chỉ website:"). */
const POINTERS = [
  'địa chỉ truy cập',
  'địa chỉ website',
  'địa chỉ trang web',
  'địa chỉ',
  'trang web',
  'website',
  'web',
  'đường dẫn',
  'đường link',
  'link',
  'liên kết',
  'truy cập',
  'tại đây',
  'như sau',
  'sau đây',
  'tại',
  // "…tài khoản xem tại đường link:": "xem" points too (qa53 p5: the caption "…tài khoản xem").
  'xem',
  'ở',
  'qua',
  'theo',
  'vào',
  'là',
  'hoặc',
  'và',
];

/** Longer than this, a lead-in is cut to its last clause, else says nothing. */
const MAX_WORDS = 14;

/** Marks that end a lead-in's sentence or open a part of it: the words before them are not the link's. */
const SENTENCE_BREAK = /[.!?;…](?=\s)|\n|\(/gu;
const EDGE = /^[\s:,\-–—"“”'‘’*]+|[\s:,\-–—"“”'‘’(*]+$/gu;

const lower = (s: string) => s.toLocaleLowerCase('vi');

/** `text` without a pointer word or phrase at its end, as often as one is there. */
function withoutPointers(text: string): string {
  let t = text.replace(EDGE, '');
  for (;;) {
    const words = lower(t);
    const pointer = POINTERS.find(
      (p) =>
        words === p || (words.endsWith(p) && /\s/u.test(words[words.length - p.length - 1] ?? '')),
    );
    if (!pointer) return t;
    t = t.slice(0, t.length - pointer.length).replace(EDGE, '');
  }
}

/**
 * A lead-in as a caption: its last sentence, the pointer words left off, capitalised; '' when
 * that is one word or too long to be a caption.
 */
export function captionOfLeadIn(before: string): string {
  const breaks = [...before.matchAll(SENTENCE_BREAK)];
  const last = breaks[breaks.length - 1];
  let text = withoutPointers(last ? before.slice((last.index ?? 0) + last[0].length) : before);
  // A numbered paragraph's number ("1. ", "a) ") is not what the link is.
  text = text.replace(/^(?:\d+|[a-zđ])[.)]\s+/iu, '');
  text = text.replace(/^(?:và|hoặc)\s+/iu, '');
  // Too long, the sentence's last clause ("…, đăng ký tại"); one word ("Xem:") or a whole long
  // sentence says less than the site's name, which the caller prints instead.
  const wordsOf = (t: string) => t.split(/\s+/u).filter(Boolean);
  let words = wordsOf(text);
  if (words.length > MAX_WORDS) words = wordsOf(text.slice(text.lastIndexOf(',') + 1));
  if (words.length < 2 || words.length > MAX_WORDS) return '';
  text = words.join(' ');
  if (!/\p{L}/u.test(text)) return '';
  return upperFirst(text);
}

/** A link's own text that says nothing of the page ("tại đây", the address itself). */
const saysNothing = (text: string, url: string) => {
  const t = lower(text.replace(EDGE, ''));
  return (
    t === '' ||
    /^(?:https?:\/\/|www\.)/.test(t) ||
    t === lower(url) ||
    POINTERS.includes(t) ||
    /^(?:bấm |nhấn |xem )?(?:vào )?(?:tại )?(?:đây|link|liên kết)$/u.test(t)
  );
};

/** The words of runs that say what each link in them is: url → words, a link's first words kept. */
function wordsInRuns(runs: readonly Run[], out: Map<string, string>): void {
  let before = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Run;
    if (!run.link) {
      before += run.text;
      continue;
    }
    let own = run.text;
    while (runs[i + 1]?.link === run.link) own += (runs[++i] as Run).text;
    const words = saysNothing(own, run.link) ? captionOfLeadIn(before) : own.replace(EDGE, '');
    if (words && !out.has(run.link)) out.set(run.link, words);
    before = '';
  }
}

/**
 * For every link of `blocks` that the text says something of, the words that say it (the first
 * place that does). A link alone in a table cell is named by the cell before it in its row
 * ("| Nhóm Zalo | https://… |"), else by its column's head.
 */
export function linkWords(
  blocks: readonly Block[],
  out = new Map<string, string>(),
): Map<string, string> {
  for (const b of blocks) {
    if (b.type === 'quote') linkWords(b.blocks, out);
    else if (b.type === 'table') {
      for (const row of [b.head, ...b.rows]) {
        row.forEach((cell, c) => {
          wordsInRuns(cell, out);
          const named = (runs: readonly Run[] | undefined) =>
            captionOfLeadIn(plainText((runs ?? []).filter((r) => !r.link)));
          for (const r of cell) {
            if (!r.link || out.has(r.link)) continue;
            const previous = row.slice(0, c).map(named).filter(Boolean).pop();
            const words = previous ?? named(b.head[c]);
            if (words) out.set(r.link, words);
          }
        });
      }
    } else wordsInRuns(b.runs, out);
  }
  return out;
}

/** The host of a web address, without "www.": what a link with no words is named by at least. */
export function hostOf(url: string): string {
  try {
    return domainToUnicode(new URL(url).hostname).replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
