/**
 * "Việc người dân cần làm" typed in the studio as a list ("- …", "+ …", "1. …"): the flyer and
 * checklist number the steps themselves, so the marker is not kept and printed after their
 * number ("2.  - Báo sai sót…"). What is checked is the printed checklist's text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checklist } from '../../src/kinds/checklist.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { applyForm, formValues } from '../../src/studio/campaign-fields.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';

const group: Group = { id: '1', name: 'Làng Dơk Ktu', source: { file: 'groups.csv', row: 2 } };

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => cleanupTempDir(dir));

describe('actions typed with list markers in the studio form', () => {
  it('are saved and printed without the marker', async () => {
    const doc = parseDocument(NOTICE_ONLY);
    const form = formValues(doc.toJS());
    form.actions = [
      '- Xem danh sách cử tri niêm yết tại nhà văn hóa',
      '+ Báo sai sót (nếu có) cho tổ bầu cử | Đã báo',
      '3. Nhận thẻ cử tri',
    ].join('\n');
    applyForm(doc, form);
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, doc.toString());
    const { campaign } = await loadCampaign(file);
    expect(
      campaign.actions.map(({ step, column }) => (column ? { step, column } : { step })),
    ).toEqual([
      { step: 'Xem danh sách cử tri niêm yết tại nhà văn hóa' },
      { step: 'Báo sai sót (nếu có) cho tổ bầu cử', column: 'Đã báo' },
      { step: 'Nhận thẻ cử tri' },
    ]);
    const text = collapseSpaces(await pdfText((await renderFor(checklist, campaign, group)).bytes));
    expect(text).toContain('Báo sai sót (nếu có) cho tổ bầu cử');
    expect(text).not.toMatch(/[-+] Báo sai sót|[-+] Xem danh sách|3\. Nhận thẻ/);
  });
});
