/**
 * qa58 p6: a consultation's flyer broke its meeting place "Nhà văn hóa tổ ⏎ 1, số 12 Hoàng Văn
 * Thụ" (a reader takes "1," for a new item) and its subject "… về dự ⏎ thảo Nghị quyết". A
 * number stays with the word before it, a name and a listed two-syllable word stay whole, on the
 * flyer's and the poster's time and place lines as in their headlines.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { pdfText } from '../support/pdf-text.js';

const PLACE = 'Nhà văn hóa tổ 1, số 12 Hoàng Văn Thụ';
const SUBJECT =
  'tổ chức lấy ý kiến Nhân dân về dự thảo Nghị quyết của Hội đồng nhân dân thành phố về chính sách hỗ trợ người cao tuổi trên địa bàn thành phố';

const CAMPAIGN = `issued: 2027-01-15
title: Lấy ý kiến Nhân dân về dự thảo Nghị quyết hỗ trợ người cao tuổi
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG HỒNG BÀNG]
  ward: phường Hồng Bàng
  place: Hồng Bàng
  office: Phòng Văn hóa - Xã hội
notice:
  number: 245
  symbol: TB-UBND
  subject: ${SUBJECT}
  recipients: []
  body: |
    Mỗi tổ dân phố tổ chức một hội nghị lấy ý kiến cử tri, đại diện hộ gia đình theo lịch của tổ.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Nguyễn Văn Thành
  cc: ["Lưu: VT, VHXH."]
when: "{{group.[Ngày hội nghị]}}"
where: "{{group.[Địa điểm hội nghị]}}"
`;

// Places whose balanced lines on the A4 poster broke inside a name and a two-syllable word.
const SCHOOL = 'Sân trường Tiểu học Lê Văn Tám, số 45 Lạch Tray';
const HALL = 'Điểm sinh hoạt cộng đồng khu 5, ngõ 78 Điện Biên Phủ';

const GROUPS = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Ngày hội nghị;Địa điểm hội nghị
1;Tổ dân phố số 1;Nguyễn Văn Bình;0912 345 001;210;19h30 thứ Tư, 20/01/2027;${PLACE}
2;Tổ dân phố số 2;Trần Thị Hoa;0912 345 002;185;19h30 thứ Sáu, 22/01/2027;${SCHOOL}
3;Tổ dân phố số 3;Lê Văn Cường;0912 345 003;240;8h00 Chủ nhật, 24/01/2027;${HALL}
`;

/** A document's first page's lines, as laid out. */
async function linesOf(dir: string, kind: string, group = 1): Promise<string[]> {
  const text = await pdfText(join(dir, 'out', `to-dan-pho-so-${group}`, `${kind}.pdf`), {
    layout: true,
    lastPage: 1,
  });
  // A flyer prints two copies side by side: each half of a line is a line of its own.
  return text
    .split('\n')
    .flatMap((l) => l.split(/\s{3,}/))
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Whether a line ends on `first` and the next begins with `second`: the words split. */
const splits = (lines: readonly string[], first: string, second: string) =>
  lines.some((l, i) => l.endsWith(` ${first}`) && (lines[i + 1] ?? '').startsWith(second));

describe('a number after its word, and "dự thảo"', async () => {
  const b = await buildCampaignText(CAMPAIGN, GROUPS, 'flyer,poster');

  it('the flyer keeps "tổ 1" and "dự thảo" on one line', async () => {
    expect(b.code, b.stderr).toBe(0);
    const lines = await linesOf(b.dir, 'flyer');
    const all = lines.join(' ');
    // The place and the subject are printed, whole, in their words.
    expect(all).toContain(PLACE.slice(0, 15));
    expect(all).toContain('Hoàng Văn Thụ');
    expect(all.toLowerCase()).toContain('về dự thảo nghị quyết');
    expect(splits(lines, 'tổ', '1')).toBe(false);
    expect(splits(lines, 'số', '12')).toBe(false);
    expect(splits(lines, 'dự', 'thảo')).toBe(false);
  });

  it('the poster keeps "tổ 1", "số 12", a person’s name and "cộng đồng" on one line', async () => {
    const lines = await linesOf(b.dir, 'poster-a4');
    expect(lines.join(' ')).toContain('Hoàng Văn Thụ');
    expect(splits(lines, 'tổ', '1')).toBe(false);
    expect(splits(lines, 'số', '12')).toBe(false);
    const school = await linesOf(b.dir, 'poster-a4', 2);
    expect(school.join(' ')).toContain('Lạch Tray');
    expect(splits(school, 'Lê', 'Văn')).toBe(false);
    const hall = await linesOf(b.dir, 'poster-a4', 3);
    expect(hall.join(' ')).toContain('Điện Biên Phủ');
    expect(splits(hall, 'cộng', 'đồng')).toBe(false);
  });
});
