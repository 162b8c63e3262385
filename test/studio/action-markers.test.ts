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

describe('an action whose column is written in, typed "việc | tên cột | ghi" (qa57 p5)', () => {
  it('is saved as `write: true`, and shown again as typed', async () => {
    const doc = parseDocument(NOTICE_ONLY);
    const form = formValues(doc.toJS());
    form.actions = [
      'Cha mẹ đăng ký cho con với tổ trưởng | Bể bơi, ca học | ghi',
      'Đón trẻ ngay sau buổi học | Đã đón',
    ].join('\n');
    applyForm(doc, form);
    const file = join(dir, 'campaign-write.yaml');
    await writeFile(file, doc.toString());
    const { campaign } = await loadCampaign(file);
    expect(campaign.actions.map(({ step, column, write }) => ({ step, column, write }))).toEqual([
      { step: 'Cha mẹ đăng ký cho con với tổ trưởng', column: 'Bể bơi, ca học', write: true },
      { step: 'Đón trẻ ngay sau buổi học', column: 'Đã đón', write: undefined },
    ]);
    // Opened again, the form keeps the mark: a save does not drop it.
    expect(formValues(parseDocument(doc.toString()).toJS()).actions).toBe(form.actions);
  });
});
