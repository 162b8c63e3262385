/**
 * The report's "Kính gửi" and "Nơi nhận" set in the studio (qa43 M2): the campaign form's
 * "Báo cáo kết quả" part writes `report.recipients` and `report.cc`, and Kết quả's report PDF
 * prints them. Saving the form never adds `payment: null` (or another part's null) to the
 * office's file when it has no such part (qa43 m11).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { openCampaignPage } from './campaign-page.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

describe('the report’s address in the campaign form', () => {
  let s: TestStudio;
  let c: Client;
  let file: string;
  beforeAll(async () => {
    const started = await studioWithExample({}, 'hai-phong');
    s = started.s;
    c = started.c;
    file = join(started.folder, 'campaign.yaml');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('prints the default address, then the one the office writes in “Báo cáo kết quả”', async () => {
    const before = collapseSpaces(
      await pdfText((await c.get('/c/hai-phong/results/bao-cao.pdf')).bytes),
    );
    expect(before).toContain('Kính gửi: Ủy ban nhân dân thành phố ……');
    expect(before).toMatch(/Nơi nhận: - Như trên; - Lưu: VT, [^.]+\./);
    const page = await c.get('/c/hai-phong');
    expect(page.text).toContain('Kính gửi (báo cáo kết quả)');
    const form = await openCampaignPage(c, 'hai-phong');
    expect(form['report.recipients']).toBe('');
    const saved = await c.postRaw('/c/hai-phong', {
      ...form,
      'report.recipients': 'Ủy ban nhân dân thành phố Hải Phòng',
      'report.cc': 'Như trên;\nSở Văn hóa và Thể thao thành phố;\nLưu: VT, VHXH.',
    });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    const yaml = parseDocument(await readFile(file, 'utf8')).toJS();
    expect(yaml.report).toEqual({
      recipients: ['Ủy ban nhân dân thành phố Hải Phòng'],
      cc: ['Như trên;', 'Sở Văn hóa và Thể thao thành phố;', 'Lưu: VT, VHXH.'],
    });
    const after = collapseSpaces(
      await pdfText((await c.get('/c/hai-phong/results/bao-cao.pdf')).bytes),
    );
    expect(after).toContain('Kính gửi: Ủy ban nhân dân thành phố Hải Phòng');
    expect(after).toContain(
      'Nơi nhận: - Như trên; - Sở Văn hóa và Thể thao thành phố; - Lưu: VT, VHXH.',
    );
  });

  it('adds no null for a part the file does not have, and removes an emptied report part', async () => {
    const text = await readFile(file, 'utf8');
    expect(text).not.toMatch(/^payment:/m);
    const form = await openCampaignPage(c, 'hai-phong');
    const saved = await c.postRaw('/c/hai-phong', {
      ...form,
      'report.recipients': '',
      'report.cc': '',
    });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    const now = await readFile(file, 'utf8');
    expect(now).not.toMatch(/^payment:/m);
    expect(now).not.toMatch(/^report:/m);
    expect(now).not.toContain(': null');
  });
});
