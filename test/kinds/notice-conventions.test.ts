/**
 * Decree 30/2020 conventions of the notice, measured from the PDF: 6 pt between "Số: …" and the
 * "V/v …" under it, dates of the document info in the ward's time zone (+07:00), so the day
 * shown is the day the campaign says the notice was issued, and the annex: on a page of its own,
 * referred to from the body, its pages numbered on their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Group } from '../../src/load/types.js';
import { execToolOk } from '../support/exec.js';
import { findItem, type PageItems, pdfTextItems } from '../support/pdf-items.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs, withPdfFile } from '../support/tmp.js';

const MM_TO_PT = 72 / 25.4;

it('sets "V/v" 6 pt under "Số:" and dates the file in +07:00', async () => {
  const { campaign, groups } = await exampleInputs();
  const group = groups[0];
  if (!group) throw new Error('the example has groups');
  const { bytes } = await renderFor(notice, campaign, group);

  const [page] = await pdfTextItems(bytes);
  if (!page) throw new Error('no page');
  const number = findItem(page, /^Số:/);
  const subject = findItem(page, /^V\/v /);
  if (!number || !subject) throw new Error('"Số:" and "V/v" are printed');
  const gap = (subject.yTopMm - (number.yTopMm + number.heightMm)) * MM_TO_PT;
  expect(gap).toBeGreaterThan(5);
  expect(gap).toBeLessThan(7);

  const info = await withPdfFile(bytes, (f) => execToolOk('pdfinfo', ['-isodates', f]));
  const created = /^CreationDate:\s+(\S+)/m.exec(info)?.[1];
  const modified = /^ModDate:\s+(\S+)/m.exec(info)?.[1];
  expect(created).toBe(`${campaign.issued}T00:00:00+07`);
  expect(modified).toBe(created);
});

it('sets the QR codes as an annex on a page of its own, after the signature page', async () => {
  const { campaign, groups } = await exampleInputs();
  const group = groups[0];
  if (!group) throw new Error('the example has groups');
  const { bytes } = await renderFor(notice, campaign, group);
  const pages = await pdfTextItems(bytes);
  const signature = pages.findIndex((p) => findItem(p, /^Nơi nhận/));
  const annex = pages.findIndex((p) => findItem(p, /^PHỤ LỤC$/));
  expect(signature).toBeGreaterThanOrEqual(0);
  expect(annex).toBe(signature + 1);
  const [year, month, day] = campaign.issued.split('-');
  const text = (pages[annex]?.items ?? []).map((i) => i.str).join(' ');
  expect(text).toContain(
    `Kèm theo Công văn số 05/${campaign.notice.symbol} ngày ${day} tháng ${month} năm ${year}`,
  );
  // The issuer as running text writes it (Decree 30), not in the header's capitals: the header's
  // words in lower case, the ward as the campaign writes it.
  const lead = campaign.issuer.name.slice(0, -1).join(' ').toLocaleLowerCase('vi');
  const issuer = `${lead.charAt(0).toLocaleUpperCase('vi')}${lead.slice(1)} ${campaign.issuer.ward}`;
  expect(collapseSpaces(text)).toContain(`của ${issuer})`);
  expect(text).not.toContain(campaign.issuer.name.join(' '));
});

/** The page number printed in the top margin of a page, if any. */
const pageNumberOf = (page: PageItems): string | undefined =>
  page.items.find((i) => /^\d+$/.test(i.str.trim()) && i.yTopMm < 20)?.str.trim();

describe('the annex (Phụ lục)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('phuong-print-annex-');
  });
  afterAll(removeTempDirs);

  it('is referred to from the body, once, and numbers its pages on its own', async () => {
    const { campaign, groups } = await exampleInputs();
    const { bytes } = await renderFor(notice, campaign, groups[0] as Group);
    const pages = await pdfTextItems(bytes);
    const annex = pages.findIndex((p) => findItem(p, /^PHỤ LỤC$/));
    expect(annex).toBeGreaterThan(0);
    // The body (before the annex) names the annex by its heading's words.
    const label = (findItem(pages[annex] as PageItems, /^PHỤ LỤC$/)?.str ?? '').toLocaleLowerCase(
      'vi',
    );
    const body = collapseSpaces(
      (await pdfPageTexts(bytes)).slice(0, annex).join('\n'),
    ).toLocaleLowerCase('vi');
    expect(body.split(label)).toHaveLength(2);
    // The notice's pages are numbered 2…; the annex's first page is its page 1 (no number shown).
    expect(pages.slice(0, annex).map(pageNumberOf)).toEqual([
      undefined,
      ...Array.from({ length: annex - 1 }, (_, i) => String(i + 2)),
    ]);
    expect(pageNumberOf(pages[annex] as PageItems)).toBeUndefined();
  });

  it('of several pages numbers them 2, 3, … after its own first page', async () => {
    const links = Array.from(
      { length: 14 },
      (_, i) => `https://phuong.example.vn/tai-lieu-${i + 1}`,
    );
    const campaign = await exampleWithBody(dir, 'many-links', () =>
      links.map((u, i) => `- Tài liệu số ${i + 1}: ${u}`).join('\n\n'),
    );
    const { campaign: example, groups } = await exampleInputs();
    expect(example.notice.body).not.toBe(campaign.notice.body);
    const pages = await pdfTextItems((await renderFor(notice, campaign, groups[0] as Group)).bytes);
    const annex = pages.findIndex((p) => findItem(p, /^PHỤ LỤC$/));
    const annexPages = pages.slice(annex);
    expect(annexPages.length).toBeGreaterThanOrEqual(2);
    expect(annexPages.map(pageNumberOf)).toEqual([
      undefined,
      ...Array.from({ length: annexPages.length - 1 }, (_, i) => String(i + 2)),
    ]);
  });
});
