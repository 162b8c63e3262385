/**
 * The studio form's "Số văn bản" left empty (a draft awaiting its number, or a Word draft
 * imported with its number blank): saved as a draft's empty number, which loads, and the notice
 * prints "Số:" blank before the symbol — not refused as "must be a number".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { applyForm, formValues } from '../../src/studio/campaign-fields.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';

const group: Group = { id: '1', name: 'Làng Dơk Ktu', source: { file: 'groups.csv', row: 2 } };

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => cleanupTempDir(dir));

describe('the notice number left empty in the studio form', () => {
  it('saves a draft that loads and prints "Số:" blank', async () => {
    const doc = parseDocument(NOTICE_ONLY);
    const form = formValues(doc.toJS());
    form['notice.number'] = '';
    applyForm(doc, form);
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, doc.toString());
    const { campaign } = await loadCampaign(file);
    const symbol = campaign.notice.symbol;
    const text = await pdfText((await renderFor(notice, campaign, group)).bytes, { layout: true });
    expect(text).toMatch(new RegExp(`Số:\\s{3,}/${symbol}`, 'u'));
  });
});

describe('a Word draft imported without its day (notice.undated)', () => {
  it('shows as "Dự thảo chưa có ngày" ticked, and once unticked the notice prints its day', async () => {
    const doc = parseDocument(`${NOTICE_ONLY.replace('issued: 2026-03-02', 'issued: 2026-12-15')}`);
    doc.setIn(['notice', 'undated'], true);
    const form = formValues(doc.toJS());
    expect(form['notice.undated']).toBe('1');
    const dayOf = async () => {
      const file = join(dir, 'dated.yaml');
      await writeFile(file, doc.toString());
      const { campaign } = await loadCampaign(file);
      return pdfText((await renderFor(notice, campaign, group)).bytes, { layout: true });
    };
    // Saved ticked: still blank.
    applyForm(doc, form);
    expect(await dayOf()).not.toContain('ngày 15 tháng 12 năm 2026');
    // The office unticks it once the văn thư has dated the notice.
    applyForm(doc, { ...form, 'notice.undated': '' });
    expect(doc.getIn(['notice', 'undated'])).toBeUndefined();
    expect(await dayOf()).toContain('ngày 15 tháng 12 năm 2026');
  });
});

describe('a draft whose month is known, its day left for the văn thư (qa17)', () => {
  it.each(['12/2026', '…/12/2026', '../12/2026'])(
    '"%s" in Ngày ban hành prints "ngày      tháng 12 năm 2026" and shows back as 12/2026',
    async (typed) => {
      const doc = parseDocument(NOTICE_ONLY);
      const form = formValues(doc.toJS());
      applyForm(doc, { ...form, issued: typed });
      expect(doc.get('issued')).toBe('2026-12');
      expect(formValues(doc.toJS()).issued).toBe('12/2026');
      const file = join(dir, 'month.yaml');
      await writeFile(file, doc.toString());
      const { campaign, warnings } = await loadCampaign(file);
      const text = await pdfText((await renderFor(notice, campaign, group)).bytes, {
        layout: true,
      });
      expect(text).toMatch(/ngày\s{3,}tháng 12 năm 2026/u);
      expect(warnings.map((w) => w.message)).toContainEqual(
        expect.stringContaining('has its month but no day yet'),
      );
    },
  );
});

describe('a draft awaiting its number and day, its month known (qa18)', () => {
  it('is told to give its number and whole day, not to remove an undated it does not have', async () => {
    const doc = parseDocument(NOTICE_ONLY);
    const form = formValues(doc.toJS());
    applyForm(doc, { ...form, issued: '12/2026', 'notice.number': '' });
    const file = join(dir, 'month-draft.yaml');
    await writeFile(file, doc.toString());
    const { warnings } = await loadCampaign(file);
    const said = warnings.flatMap((w) => [w.message, w.hint ?? '']);
    expect(said).toContainEqual(expect.stringContaining('notice has no number yet'));
    expect(said).not.toContainEqual(expect.stringContaining('undated'));
  });
});
