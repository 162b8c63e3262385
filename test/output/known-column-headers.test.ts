/**
 * A column the tool reads as a known field answers to its own header too (qa6 H2): the office
 * sees "Địa điểm" in the studio's table of its list and writes {{group.[Địa điểm]}}; the tool had
 * read that column as the venue, and refused every build with "the list has no column “Địa
 * điểm”". What a reader sees: the command's exit and messages, the notice's text (pdftotext).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

// "Địa điểm" is read as the venue, "Trưởng khu phố" as the leader, "SĐT" as the phone.
const GROUPS = [
  'STT;Tên khu phố;Trưởng khu phố;SĐT;Khung giờ;Địa điểm',
  '1;Khu phố 1;Nguyễn Văn An;0912 345 684;7h30 - 9h30;Hội trường Công an phường',
  '2;Khu phố 2;Trần Thị Bình;0987 654 321;13h30 - 15h30;',
].join('\r\n');

const BODY =
  'Khu phố làm hồ sơ trong khung giờ **{{group.[Khung giờ]}}**, tại {{group.[Địa điểm]}}.\\n\\n' +
  'Liên hệ {{group.[Trưởng khu phố]}}, số {{group.[SĐT]}}.';

let built: TextBuild;

beforeAll(async () => {
  const campaign = NOTICE_ONLY.replace('body: Đề nghị các khu phố triển khai.', `body: "${BODY}"`);
  built = await buildCampaignText(campaign, `\ufeff${GROUPS}\r\n`, 'notice');
});
afterAll(removeTempDirs);

const noticeOf = (n: number) => built.text(`khu-pho-${n}`, 'notice');

describe('a known field’s column named by its header', () => {
  it('builds every group', () => {
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).not.toContain('không có biến');
  });

  it('prints the column’s cells where the text names its header', async () => {
    const first = await noticeOf(1);
    expect(first).toContain('tại Hội trường Công an phường.');
    expect(first).toContain('Liên hệ Nguyễn Văn An, số 0912 345 684.');
    expect(await noticeOf(2)).toContain('Liên hệ Trần Thị Bình, số 0987 654 321.');
  });

  it('names the column and its empty row, as for any column the text prints', () => {
    const venue = built.stderr
      .split('\n')
      .filter((l) => l.includes('“Địa điểm”') && l.includes('để trống'));
    expect(venue).toHaveLength(1);
    // Row 3 of the file (its header is row 1) is Khu phố 2's, whose venue cell is empty.
    expect(venue[0]).toContain('1 dòng (3: Khu phố 2)');
  });
});
