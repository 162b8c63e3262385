/**
 * Decree 30/2020 conventions of the notice, measured from the PDF: 6 pt between "Số: …" and the
 * "V/v …" under it, and dates of the document info in the ward's time zone (+07:00), so the day
 * shown is the day the campaign says the notice was issued.
 */
import { expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { execToolOk } from '../support/exec.js';
import { findItem, pdfTextItems } from '../support/pdf-items.js';
import { exampleInputs, renderFor } from '../support/render.js';
import { withPdfFile } from '../support/tmp.js';

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
});
