/**
 * A campaign from the office's Word notice, through the studio as the office uses it: the
 * new-campaign page offers the upload, the notice's fields land in campaign.yaml (read back by
 * the CLI's loader), and the edit page lists what was guessed and from where.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/load/campaign.js';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { NOTICE, noticeDocx } from '../load/docx/notice-docx.js';
import { removeTempDirs } from '../support/tmp.js';
import { Client, startStudio, type TestStudio } from './studio.js';

describe('new campaign from a Word notice', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    s = await startStudio({ importNotice: wordNoticeImporter });
    c = new Client(s.url);
    await c.signIn();
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('fills the campaign from the .docx and shows each guess for review', async () => {
    expect((await c.get('/new')).text).toContain('name="docx"');
    const res = await c.upload('/new', 'docx', 'cong-van.docx', await noticeDocx(), {
      name: 'Cuộc thi Công dân số',
      from: '',
    });
    expect(res.status).toBe(200);
    // The number as the notice writes it, and the paragraph it came from, listed for review.
    const number = NOTICE.number.replace(/^Số:\s*/, '');
    expect(res.text).toContain(number.split('/')[0] as string);
    expect(res.text).toContain('Đã đọc');
    const { campaign } = await loadCampaign(
      join(s.dataDir, 'campaigns', 'cuoc-thi-cong-dan-so', 'campaign.yaml'),
    );
    expect(campaign.notice.subject).toContain('Công dân số Hải Phòng');
    expect(campaign.notice.body).toContain(NOTICE.heading1.replace(/^I\.\s*/, ''));
  });

  it('says every guess and warning of the import in Vietnamese, with its paragraph', async () => {
    const { notes } = await wordNoticeImporter(await noticeDocx(), 'cong-van.docx');
    expect(notes.length).toBeGreaterThan(3);
    // The English the importer writes for the CLI (its own words, not the notice's).
    const english =
      /\b(paragraphs?|not imported|was not found|fill it in|the issuer|Word reader)\b/;
    for (const note of notes) expect(note).not.toMatch(english);
    // Named by the form's label of the field, not by its campaign.yaml key.
    expect(notes.some((n) => /^Đã đọc “Số văn bản”: .* — đoạn \d+ \(“Số:/.test(n))).toBe(true);
    for (const note of notes) expect(note).not.toMatch(/\bnotice\.(number|subject|symbol)\b/);
  });
});
