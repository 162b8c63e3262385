/**
 * Load stage, Word import: the web addresses typed in the notice's body (a Zalo group, a sign-up
 * form) → the campaign's `links`. The notice prints a body address's QR code in its annex, but
 * the flyer and the checklist print codes only for `links`: without them the flyer of an imported
 * notice had no code at all until the clerk typed the address again under "Đường dẫn" (qa50 m5).
 * Each link is labelled as the annex captions it: the words of its sentence before it.
 */
import { msg } from '../../messages/message.js';
import { linksOf } from '../../template/blocks.js';
import { hostOf, linkWords, pageKey } from '../../template/link-captions.js';
import { parseMarkdown } from '../../template/markdown.js';
import type { Para } from './html-items.js';
import { type Guess, sourceOf } from './provenance.js';

export interface ImportedLink {
  url: string;
  label: string;
}

/**
 * A key for a link of `host` ("zalo.me" → "zalo", "forms.gle" → "forms"), as the office names
 * them under "Đường dẫn"; a second of the same site gets a number ("zalo2").
 */
function keyOf(host: string, taken: ReadonlySet<string>): string {
  const parts = host.split('.').filter((p) => p !== 'www' && p !== 'm');
  // `links.contest` is a contest's page (load/campaign-checks.ts): never a body address's key.
  const site = (parts[0] ?? '').replace(/[^a-z0-9]/g, '');
  const name = site === '' || site === 'contest' ? 'link' : site;
  let key = name;
  for (let n = 2; taken.has(key); n++) key = `${name}${n}`;
  return key;
}

/** The first paragraph with a hyperlink to `url`, and the words the link is on there. */
function hyperlinkOf(
  paras: readonly Para[],
  url: string,
): { para: Para; words: string } | undefined {
  for (const para of paras) {
    const words = para.runs
      .filter((r) => r.link === url)
      .map((r) => r.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (words) return { para, words };
  }
  return undefined;
}

/**
 * The body's web addresses (one a page, in order), each with its label and a guess naming the
 * paragraph it is typed in.
 */
export function bodyLinks(
  body: string,
  paras: readonly Para[],
): { links: Record<string, ImportedLink>; guesses: Guess[] } {
  const blocks = parseMarkdown(body).blocks;
  const words = linkWords(blocks);
  const links: Record<string, ImportedLink> = {};
  const guesses: Guess[] = [];
  const pages = new Set<string>();
  for (const url of linksOf(blocks)) {
    if (!/^https?:\/\//i.test(url)) continue;
    const page = pageKey(url) ?? url;
    if (pages.has(page)) continue;
    pages.add(page);
    const host = hostOf(url);
    const key = keyOf(host, new Set(Object.keys(links)));
    links[key] = { url, label: words.get(url) || host };
    const value = `${links[key].label} | ${url}`;
    const typed = paras.find((p) => p.text.includes(url));
    // A Word hyperlink's address is not in its paragraph's text, only its words are: the guess
    // names the hyperlink and its paragraph (it said "from not in the document").
    const linked = typed ? undefined : hyperlinkOf(paras, url);
    guesses.push(
      linked
        ? {
            field: `links.${key}`,
            value,
            from: [sourceOf(linked.para)],
            how: msg`the address of the Word hyperlink on the words "${linked.words}" (not typed in the text): the flyer, the checklist and the posters (their first two links) print its QR code, labelled "${links[key].label}"`,
          }
        : {
            field: `links.${key}`,
            value,
            from: typed ? [sourceOf(typed)] : [],
            how: msg`an address typed in the body: the flyer, the checklist and the posters (their first two links) print its QR code, labelled with the words before it`,
          },
    );
  }
  return { links, guesses };
}
