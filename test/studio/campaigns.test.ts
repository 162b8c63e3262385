/**
 * Campaigns in the studio: a new one from the skeleton, the edit form (every field labelled in
 * Vietnamese, a problem shown next to its field and nothing written, then saved with the file's
 * comments kept and read by the CLI's loader), a copy of an earlier campaign, and the folder as
 * a ZIP. Every step goes through a session in the store: the flow runs on SQLite and, when the
 * test server is there, on PostgreSQL.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadCampaign } from '../../src/load/campaign.js';
import { FIELDS, fieldName } from '../../src/studio/campaign-fields.js';
import { BACKENDS, dropTestDatabases } from '../support/stores.js';
import { removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import { Client, startStudio, studioWithExample, type TestStudio } from './studio.js';

/** The text inside the element with `id` (one level: a <p> or <textarea>; a problem's <span>). */
const textOf = (page: string, id: string) =>
  new RegExp(`id="${id}"[^>]*>(?:<span>)?([^<]*)<`).exec(page)?.[1]?.replace(/&quot;/g, '"');

afterAll(async () => {
  await dropTestDatabases();
  await removeTempDirs();
});

describe.each(BACKENDS)('campaigns in the studio ($name)', (backend) => {
  let s: TestStudio;
  let c: Client;
  let slug: string;
  let file: string;
  beforeAll(async () => {
    s = await startStudio({}, backend);
    c = new Client(s.url);
    await c.signIn();
  });
  afterAll(async () => {
    await s.close();
  });

  it('makes a new campaign from the skeleton, a folder the CLI loads', async () => {
    const res = await c.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Phòng, chống sốt xuất huyết 2026',
      from: '',
    });
    expect(res.status).toBe(303);
    slug = (res.headers.get('location') ?? '').replace('/c/', '');
    expect(slug).toBe('phong-chong-sot-xuat-huyet-2026');
    file = join(s.dataDir, 'campaigns', slug, 'campaign.yaml');
    const loaded = await loadCampaign(file);
    expect(loaded.campaign.notice.subject).toBe('Phòng, chống sốt xuất huyết 2026');
    const list = await c.get('/');
    expect(list.text).toContain(`href="/c/${slug}"`);
  });

  it('shows every field of the campaign with a Vietnamese label', async () => {
    const page = await c.get(`/c/${slug}`);
    expect(page.status).toBe(200);
    for (const d of FIELDS) {
      // The appendices: a title and a text each, the first one empty to fill.
      const name = d.type === 'appendix' ? `${fieldName(d)}.0.title` : fieldName(d);
      expect(page.text, fieldName(d)).toContain(`name="${name}"`);
    }
    for (const label of [
      'Trích yếu (V/v)',
      'Kính gửi',
      'Nội dung',
      'Nơi nhận',
      'Họ và tên người ký',
      'Ngày ban hành',
    ]) {
      expect(page.text).toContain(label);
    }
    // No Word import without an importer.
    expect((await c.get('/new')).text).not.toContain('name="docx"');
  });

  it('shows a problem next to its field in Vietnamese and writes nothing', async () => {
    const before = await readFile(file, 'utf8');
    const res = await saveCampaignPage(c, slug, {
      'notice.subject': '',
      links: 'zalo | zalo.me/g/abc | Nhóm Zalo',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Chưa lưu');
    expect(textOf(res.text, 'f-notice-subject-error')).toBe('Không được để trống.');
    expect(textOf(res.text, 'f-links-error')).toBe(
      'Phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://, nhưng đang là “zalo.me/g/abc”.',
    );
    // What was typed is kept in the form.
    expect(textOf(res.text, 'f-links')).toBe('zalo | zalo.me/g/abc | Nhóm Zalo');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('saves a valid form: comments kept, paragraphs unfolded, the loader reads the new text', async () => {
    const paragraph = `Đề nghị các hộ gia đình ${'dọn dẹp vệ sinh, '.repeat(12)}diệt lăng quăng.`;
    const res = await saveCampaignPage(c, slug, {
      'notice.subject': 'tăng cường phòng, chống sốt xuất huyết',
      'notice.body': `${paragraph}\r\n\r\n## 1. Việc cần làm\r\n\r\n- Đổ nước đọng.`,
      'notice.recipients': '{{group.name}}\nBan công tác Mặt trận',
      links: 'zalo | https://zalo.me/g/abc123 | Nhóm Zalo của phường',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/c/${slug}?saved=1`);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('# ngày ban hành: tháng/năm khi chưa có ngày');
    expect(text).toContain(`    ${paragraph}\n`);
    const { campaign } = await loadCampaign(file);
    expect(campaign.notice.subject).toBe('tăng cường phòng, chống sốt xuất huyết');
    expect(campaign.notice.recipients).toEqual(['{{group.name}}', 'Ban công tác Mặt trận']);
    expect(campaign.notice.body).toBe(`${paragraph}\n\n## 1. Việc cần làm\n\n- Đổ nước đọng.`);
    expect(campaign.links).toEqual({
      zalo: { url: 'https://zalo.me/g/abc123', label: 'Nhóm Zalo của phường' },
    });
    expect(campaign.contest).toBeNull();
    const saved = await c.get(`/c/${slug}?saved=1`);
    expect(saved.text).toContain('Đã lưu');
  });

  it('copies an earlier campaign, and gives the folder as a ZIP', async () => {
    const res = await c.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Tiêm chủng',
      from: slug,
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/c/tiem-chung?copied=${slug}`);
    const copy = 'tiem-chung';
    const copied = await readFile(join(s.dataDir, 'campaigns', copy, 'campaign.yaml'), 'utf8');
    // The same file but its id: the copy's leaders' figures are its own (campaign-figures.test.ts).
    const original = await readFile(file, 'utf8');
    const id = /^id: (\S+)/m;
    expect(id.exec(copied)?.[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(id.exec(copied)?.[1]).not.toBe(id.exec(original)?.[1]);
    expect(copied.replace(id, 'id: …')).toBe(original.replace(id, 'id: …'));

    const zip = await c.get(`/c/${slug}/campaign.zip`);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const entries = unzipSync(zip.bytes);
    expect(new TextDecoder().decode(entries[`${slug}/campaign.yaml`])).toBe(
      await readFile(file, 'utf8'),
    );
  });

  it('opens a second campaign of a long name alike in its first 60 letters (its folder name still a slug)', async () => {
    const name =
      'Tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp';
    for (const end of ['', ' (đợt 2)']) {
      const res = await c.upload('/new', 'docx', '', new Uint8Array(), {
        name: `${name}${end}`,
        from: '',
      });
      expect(res.status).toBe(303);
      const where = res.headers.get('location') ?? '';
      expect((await c.get(where)).status, where).toBe(200);
    }
  });

  it('answers 404 for a campaign that does not exist or a path that is not a folder name', async () => {
    expect((await c.get('/c/khong-co')).status).toBe(404);
    expect((await c.get('/c/..%2F..%2Fetc')).status).toBe(404);
  });

  it('names the keys of campaign.yaml no field shows, and keeps them when the form is saved', async () => {
    const ex = await studioWithExample({}, 'co-chi-so');
    try {
      const campaign = join(ex.folder, 'campaign.yaml');
      // The seal of a signed notice (build --sign) has no field: the file keeps it.
      await sharp({
        create: { width: 8, height: 8, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 1 } },
      })
        .png()
        .toFile(join(ex.folder, 'dau.png'));
      const doc = parseDocument(await readFile(campaign, 'utf8'));
      doc.setIn(['assets', 'seal'], 'dau.png');
      await writeFile(campaign, doc.toString());
      const page = await ex.c.get('/c/co-chi-so');
      expect(page.text).toContain(
        'Tệp campaign.yaml có 1 mục không hiện trên biểu mẫu này: <code>assets.seal</code>. Khi lưu, các mục này được giữ nguyên trong tệp',
      );
      const saved = await saveCampaignPage(ex.c, 'co-chi-so', { 'notice.subject': 'đổi lịch họp' });
      expect(saved.status).toBe(303);
      const { campaign: after } = await loadCampaign(campaign);
      expect(after.notice.subject).toBe('đổi lịch họp');
      expect(parseDocument(await readFile(campaign, 'utf8')).getIn(['assets', 'seal'])).toBe(
        'dau.png',
      );
    } finally {
      await ex.s.close();
    }
  });
});
