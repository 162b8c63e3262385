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
