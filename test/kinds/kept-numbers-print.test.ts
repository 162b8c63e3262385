/**
 * Telephone and account numbers on paper (review42 #4): a 20-digit account number is never broken
 * over two lines, each telephone number of a list stays whole while the line may break between
 * them, and years or small figures are not glued into one run. Read from the printed PDF
 * (pdftotext), in the notice's justified body and in the tracking sheet's narrow column header.
 * The body repeats each sentence with 0–29 short words before it, so that at some repeat every
 * number reaches the line's end.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKind } from '../../src/kinds/registry.js';
import { type Campaign, loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa40/${name}`, import.meta.url));

const ACCOUNT = '1234 5678 9012 3456 7890';
const PHONES = ['0912 345 678', '0987 654 321', '0225 3842 123'];
/** The header's list: four numbers, longer than a line of its column. */
const HEAD_PHONES = [...PHONES, '0236 3822 115'];
const YEARS = '2025 2026 2027';
const AMOUNT = '1 000 000';

/** Each sentence with 0–29 two-letter words before it, one paragraph each. */
const paragraphs = (sentence: string) =>
  Array.from({ length: 30 }, (_, pad) => `${'hộ '.repeat(pad)}${sentence}`);

const SENTENCES = [
  `Chuyển khoản vào tài khoản số ${ACCOUNT} tại Ngân hàng Công thương.`,
  `Mọi thắc mắc xin gọi các số ${PHONES.join(' ')} trong giờ hành chính.`,
  `Mức thu các năm ${YEARS} không đổi, mỗi hộ nộp ${AMOUNT} đồng một năm.`,
];

let campaign: Campaign;
let group: Group;

beforeAll(async () => {
  const yaml = await readFile(fixture('e-thu-phi.yaml'), 'utf8');
  const body = SENTENCES.flatMap(paragraphs)
    .map((p) => `    ${p}\n`)
    .join('\n');
  const edited = yaml
    .replace(/^ {2}body: \|\n[\s\S]*?(?=^ {2}signer:)/m, `  body: |\n${body}`)
    .replace(
      /^ {2}- step: "Chuyển khoản: STK [^"]*"/m,
      // Three more columns make the header's column narrow.
      `  - step: "Chuyển khoản: STK ${ACCOUNT} VietinBank, hỏi kế toán ${HEAD_PHONES.join(' ')}"\n${[
        'Đã nhận biên lai',
        'Đã ký sổ thu',
        'Đã nhắc hộ bên cạnh',
      ]
        .map((c) => `  - step: "${c}"\n    column: ${c}`)
        .join('\n')}`,
    );
  if (!edited.includes(`hộ ${SENTENCES[0]}`) || !edited.includes(`STK ${ACCOUNT} VietinBank`))
    throw new Error('e-thu-phi.yaml no longer has the lines this test edits');
  const file = join(await makeTempDir(), 'campaign.yaml');
  await writeFile(file, edited);
  campaign = (await loadCampaign(file)).campaign;
  const found = (await loadGroups(fixture('groups.csv'))).find((g) => g.id === '7');
  if (!found) throw new Error('no tổ 7 in the qa40 groups');
  group = found;
});

async function printed(kind: string, layout: boolean): Promise<string> {
  const found = findKind(kind);
  if (!found) throw new Error(`no kind ${kind}`);
  return pdfText((await renderFor(found, campaign, group)).bytes, { layout });
}

/** How often `number` is printed whole on one line, and how often broken over two. */
function count(text: string, number: string): { whole: number; broken: number } {
  const spaced = number.split(' ').join('[ \\n]+');
  const all = [...text.matchAll(new RegExp(`(?<![\\d])${spaced}(?![\\d])`, 'g'))];
  const broken = all.filter((m) => m[0].includes('\n')).length;
  return { whole: all.length - broken, broken };
}

describe('the notice body (justified)', () => {
  let text = '';
  beforeAll(async () => {
    // Plain text: one line of the page a line of text, the paragraphs in reading order.
    text = (await printed('notice', false)).replace(/\n\n+/g, '\n');
  }, 60_000);

  it('never breaks the 20-digit account number', () => {
    expect(count(text, ACCOUNT)).toEqual({ whole: 30, broken: 0 });
  });

  it('keeps each telephone number of a list whole, and breaks the list between numbers', () => {
    for (const phone of PHONES) expect(count(text, phone)).toEqual({ whole: 30, broken: 0 });
    // At some repeat the line ends between two of the numbers: the list is no one long word.
    const between = PHONES.slice(1).filter((p, i) =>
      text.includes(`${PHONES[i]?.split(' ').at(-1)}\n${p.split(' ')[0]}`),
    );
    expect(between.length).toBeGreaterThan(0);
  });

  it('lets years break apart like words, and keeps the amount whole', () => {
    expect(count(text, YEARS).broken).toBeGreaterThan(0);
    expect(count(text, `${AMOUNT} đồng`)).toEqual({ whole: 30, broken: 0 });
  });
});

describe('the tracking sheet’s column header (narrow)', () => {
  it('prints the account number and each telephone number on one line of the header', async () => {
    const text = await printed('tracker', true);
    const lines = text.split('\n');
    for (const start of ['1234', '0912', '0987', '0225 3842', '0236']) {
      const holding = lines.filter((l) => l.includes(start));
      expect(holding.length, start).toBeGreaterThan(0);
      const whole = start === '1234' ? ACCOUNT : HEAD_PHONES.find((p) => p.startsWith(start));
      for (const line of holding) expect(line.replace(/ +/g, ' ')).toContain(whole);
    }
  }, 60_000);
});
