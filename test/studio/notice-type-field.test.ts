/**
 * The studio form's "Loại văn bản" (qa5 G11): the office states the notice's type, saved as
 * `notice.type`, and the notice is laid out as that type (its name as the title, no "V/v"); a
 * word that names no type is refused under the field in Vietnamese.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { applyForm, formValues, SECTIONS } from '../../src/studio/campaign-fields.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';
import { openCampaignPage } from './campaign-page.js';
import { exampleForTests } from './studio.js';

const group: Group = { id: '1', name: 'Thôn Ỷ La', source: { file: 'groups.csv', row: 2 } };

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => cleanupTempDir(dir));

describe('the notice type in the studio form', () => {
  it('is a field of the Văn bản section, saved as notice.type, and lays the notice out so', async () => {
    const field = SECTIONS.flatMap((s) => s.fields).find((d) => d.path.join('.') === 'notice.type');
    expect(field?.label).toBe('Loại văn bản');
    const doc = parseDocument(NOTICE_ONLY);
    const form = formValues(doc.toJS());
    expect(form['notice.type']).toBe('');
    applyForm(doc, { ...form, 'notice.type': 'Thông báo' });
    expect(doc.getIn(['notice', 'type'])).toBe('Thông báo');
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, doc.toString());
    const { campaign } = await loadCampaign(file);
    const text = await pdfText((await renderFor(notice, campaign, group)).bytes, {
      layout: true,
      lastPage: 1,
    });
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('THÔNG BÁO');
    expect(text).not.toContain('V/v');
    // Emptied again: the key is gone, and the symbol decides.
    applyForm(doc, { ...form, 'notice.type': '' });
    expect(doc.getIn(['notice', 'type'])).toBeUndefined();
  });
});

describe('a type the Decree does not know, saved in the studio', () => {
  const ex = exampleForTests('loai-van-ban');
  it('is refused under its field, in Vietnamese, and nothing is saved', async () => {
    const before = await readFile(ex.file, 'utf8');
    const form = await openCampaignPage(ex.c, 'loai-van-ban');
    expect(form).toHaveProperty('notice.type', '');
    const res = await ex.c.postRaw('/c/loai-van-ban', { ...form, 'notice.type': 'Thư mời' });
    expect(res.status).toBe(422);
    expect(await readFile(ex.file, 'utf8')).toBe(before);
    const under = /id="f-notice-type-error"[^>]*>(.*?)<\/p>/s.exec(res.text)?.[1] ?? '';
    // What the tool cannot lay out, not a claim that the Decree does not list it (qa21).
    expect(under).toContain('Phần mềm chưa trình bày được văn bản loại “Thư mời”');
    expect(under).not.toContain('Nghị định');
    // The field's help above it says which types there are.
    expect(/id="f-notice-type-help"[^>]*>(.*?)<\/p>/s.exec(res.text)?.[1]).toContain(
      'Công văn, Công điện, Thông báo, Kế hoạch',
    );
  });
});

describe('a công điện with its urgency, saved in the studio (qa21)', () => {
  const ex = exampleForTests('cong-dien');
  it('is saved with "Công điện" and "Độ khẩn" KHẨN; a word that is no mark is refused under its field', async () => {
    const field = SECTIONS.flatMap((s) => s.fields).find(
      (d) => d.path.join('.') === 'notice.urgency',
    );
    expect(field?.label).toBe('Độ khẩn');
    const form = await openCampaignPage(ex.c, 'cong-dien');
    const wrong = await ex.c.postRaw('/c/cong-dien', {
      ...form,
      'notice.type': 'Công điện',
      'notice.urgency': 'khẩn cấp',
    });
    expect(wrong.status).toBe(422);
    const under = /id="f-notice-urgency-error"[^>]*>(.*?)<\/p>/s.exec(wrong.text)?.[1] ?? '';
    expect(under).toContain('không phải là một độ khẩn theo Nghị định 30/2020/NĐ-CP');
    const res = await ex.c.postRaw('/c/cong-dien', {
      ...form,
      'notice.type': 'Công điện',
      'notice.urgency': 'KHẨN',
    });
    expect(res.status, res.text.slice(0, 2000)).toBeLessThan(400);
    const saved = await readFile(ex.file, 'utf8');
    expect(saved).toMatch(/^ {2}type: Công điện$/m);
    expect(saved).toMatch(/^ {2}urgency: KHẨN$/m);
  });
});
