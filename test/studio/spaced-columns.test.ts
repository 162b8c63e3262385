/**
 * A column of the groups file typed by hand the way an office types it (qa21 finding 8): with its
 * spaces and no brackets ({{group.Tên tổ dân phố}}), without "group." ({{Điểm tập kết}}), or a
 * letter off ({{group.[Giờ tập chung]}} for the file's "Giờ tập trung"). The edit page says what
 * to write, in the file's own header, never "không có hàm" (function); before any list is
 * uploaded it still says to use the brackets. The campaign and the groups workbook are the QA
 * tester's (test/fixtures/qa21-sxh).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { openCampaignPage } from './campaign-page.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'qa21-sxh');

/** The text of the element with `id`, its tags dropped and its entities undone, line by line. */
const linesOf = (page: string, id: string) =>
  (new RegExp(`id="${id}"[^>]*>(.*?)</p>`, 's').exec(page)?.[1] ?? '')
    .replace(/<br>|<\/span><span>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim()
    .split('\n');

/** The QA tester's typing: the recipients' line and a body line naming three columns. */
const TYPED = {
  'notice.recipients': 'Tổ trưởng {{group.Tên tổ dân phố}}',
  line: 'Các hộ tập trung tại {{Điểm tập kết}}, lúc {{group.[Giờ tập chung]}}.',
};

async function saveTyped(c: Client, dataDir: string, slug: string) {
  const path = join(dataDir, 'campaigns', slug, 'campaign.yaml');
  const before = await readFile(path, 'utf8');
  const form = await openCampaignPage(c, slug);
  const res = await c.postRaw(`/c/${slug}`, {
    ...form,
    'notice.recipients': TYPED['notice.recipients'],
    'notice.body': `${form['notice.body']}\n${TYPED.line}`,
  });
  const bodyLine = String(form['notice.body']).split('\n').length + 1;
  return { res, bodyLine, unchanged: (await readFile(path, 'utf8')) === before };
}

describe('a column typed with its spaces, without "group." or a letter off', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithCampaign('sxh', [
      join(FIXTURE, 'campaign.yaml'),
      join(FIXTURE, 'groups.xlsx'),
    ]));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('says the bracket form in the file’s header, and the near column, with a list', async () => {
    const { res, bodyLine, unchanged } = await saveTyped(c, s.dataDir, 'sxh');
    expect(res.status).toBe(422);
    expect(unchanged).toBe(true);
    expect(linesOf(res.text, 'f-notice-recipients-error')).toEqual([
      'Dòng 1: tên cột có dấu cách phải viết trong ngoặc vuông: {{group.[Tên tổ dân phố]}}.',
    ]);
    expect(linesOf(res.text, 'f-notice-body-error')).toEqual([
      `Dòng ${bodyLine}: cột của danh sách tổ phải ghi sau “group.”, trong ngoặc vuông: {{Điểm tập kết}} → {{group.[Điểm tập kết]}}.`,
      `Dòng ${bodyLine}: không có biến “group.[Giờ tập chung]”. Danh sách tổ không có cột “Giờ tập chung”. Có phải “Giờ tập trung”? Hãy ghi {{group.[Giờ tập trung]}}.`,
    ]);
    expect(res.text).not.toContain('không có hàm');
  });

  it('says to use the brackets before any list is uploaded', async () => {
    const { c: c2, s: s2 } = await studioWithCampaign('sxh-new', [join(FIXTURE, 'campaign.yaml')]);
    try {
      const { res, bodyLine } = await saveTyped(c2, s2.dataDir, 'sxh-new');
      expect(res.status).toBe(422);
      expect(linesOf(res.text, 'f-notice-recipients-error')).toEqual([
        'Dòng 1: tên cột có dấu cách phải viết trong ngoặc vuông: {{group.[Tên tổ dân phố]}}.',
      ]);
      expect(linesOf(res.text, 'f-notice-body-error')).toEqual([
        `Dòng ${bodyLine}: cột của danh sách tổ phải ghi sau “group.”, trong ngoặc vuông: {{Điểm tập kết}} → {{group.[Điểm tập kết]}}.`,
      ]);
      expect(res.text).not.toContain('không có hàm');
    } finally {
      await s2.close();
    }
  });
});

/** A schedule whose third group has no time yet (qa21 finding 14), its time column "Thời gian". */
const SCHEDULE = `STT;Tên tổ dân phố;Tổ trưởng;Số hộ;Thời gian
1;Tổ dân phố 1;Đặng Thị Quý;139;7h30 - 11h00, thứ Bảy 07/03/2026
2;Tổ dân phố 2;Bùi Văn Dũng;168;7h30 - 11h00, Chủ nhật 08/03/2026
3;Tổ dân phố 3;Dương Văn Mai;130;Chưa xếp lịch
`;

describe('a time cell that says no time, uploaded', () => {
  it('is warned of on the groups page and the print page, at its row and column', async () => {
    const { s, c, folder } = await studioWithCampaign('lich', [join(FIXTURE, 'campaign.yaml')]);
    try {
      const yaml = await readFile(join(folder, 'campaign.yaml'), 'utf8');
      await writeFile(
        join(folder, 'campaign.yaml'),
        yaml.replace(/^when: .*$/m, 'when: "{{group.[Thời gian]}}"').replace(/^where: .*$/m, ''),
      );
      const page = '/c/lich/groups';
      const up = await c.upload(page, 'file', 'lich.csv', Buffer.from(SCHEDULE), {}, page);
      expect(up.status, plainText(up.text)).toBe(303);
      const said =
        'Dòng 4, cột “Thời gian”: “Chưa xếp lịch” không có ngày giờ: tờ rơi sẽ in “Thời gian: Chưa xếp lịch”. Khi đã có lịch, ghi ngày giờ vào ô đó; trước đó, chưa phát tờ rơi, chưa dán áp phích của tổ này.';
      expect(plainText((await c.get(page)).text)).toContain(said);
      expect(plainText((await c.get('/c/lich/build')).text)).toContain(said);
    } finally {
      await s.close();
    }
  });
});
