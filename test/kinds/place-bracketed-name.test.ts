/**
 * A place line naming a group whose name ends in a bracketed remark fills its line as a reader
 * expects (qa22 #10): "Địa điểm: Nhà văn hóa thôn Phương Chử Tây (gồm …" — the name kept whole
 * was the name with its remark, which moved to the next line as one and left "Địa điểm: Nhà văn
 * hóa" alone on the checklist's first line. The name before the bracket stays whole, beside the
 * label where the line has room (the checklist's); the remark breaks as text does. qa22's xã campaign and thôn (its pccc.yaml's `where`,
 * its thon.csv's row); read from the printed lines (pdftotext).
 */
import { afterAll, expect, it } from 'vitest';
import { checklist } from '../../src/kinds/checklist.js';
import { flyer } from '../../src/kinds/flyer.js';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { notice } from '../../src/kinds/notice.js';
import { pdfText } from '../support/pdf-text.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const NAME = 'Thôn Phương Chử Tây (gồm cụm dân cư Đồng Khốn và xóm Trại mới tách)';
const HEAD = 'Phương Chử Tây';
const REMARK = '(gồm cụm dân cư Đồng Khốn và xóm Trại mới tách)';

const CAMPAIGN = `issued: 2026-11-20
issuer:
  parent: UBND HUYỆN AN LÃO
  name: [ỦY BAN NHÂN DÂN, XÃ AN THẮNG]
  ward: xã An Thắng
  place: An Thắng
  office: Ban Chỉ huy Quân sự xã An Thắng
  phone: "0225 3 870 115"
notice:
  number: 87
  symbol: KH-UBND
  subject: "Kế hoạch tuyên truyền, kiểm tra an toàn phòng cháy, chữa cháy tại hộ gia đình dịp cuối năm 2026"
  body: |-
    Thôn tổ chức buổi hướng dẫn sử dụng bình chữa cháy tại nhà văn hóa thôn theo lịch: {{group.[Lịch hướng dẫn]}}.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]
    name: Nguyễn Văn Thắng
  cc: [Các thôn;, "Lưu: VT."]
title: "An toàn phòng cháy, chữa cháy dịp Tết"
when: "{{group.[Lịch hướng dẫn]}}"
where: "Nhà văn hóa {{group.name}}"
actions:
  - step: Trang bị ít nhất 01 bình chữa cháy xách tay và để nơi dễ lấy
    column: Có bình
`;
const GROUPS = `Mã;Tên thôn;Trưởng thôn;Điện thoại;Số hộ;Lịch hướng dẫn
4;${NAME};Lê Thị Hồng Nhung;0977 888 999;96;14h00 Chủ nhật 20/12/2026
`;

afterAll(removeTempDirs);

/** The printed lines, each as one string of its words. */
async function linesOf(kind: DocumentKind, groups = GROUPS): Promise<string[]> {
  const pdf = await renderCampaignText(kind, CAMPAIGN, groups);
  return (await pdfText(pdf))
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}

const lower = (s: string) => s.toLocaleLowerCase('vi');

it('keeps the thôn’s name beside "Nhà văn hóa" on the checklist, the remark following on', async () => {
  const lines = await linesOf(checklist);
  const at = lines.findIndex((l) => l.startsWith('Địa điểm:'));
  expect(at, lines.join('\n')).toBeGreaterThanOrEqual(0);
  // The label's line goes on past "Nhà văn hóa" to the whole name before the bracket…
  expect(lower(lines[at] ?? '')).toContain(lower(`Nhà văn hóa thôn ${HEAD} (`));
  // …then the remark, whole, on the line that follows.
  expect(lines.slice(at, at + 2).join(' ')).toContain(REMARK);
});

it('does so too when the bracket is typed with no space before it', async () => {
  // "Thôn Phương Chử Tây(gồm …)": the same remark, read as one by the groups' names.
  const lines = await linesOf(checklist, GROUPS.replace(`${HEAD} (`, `${HEAD}(`));
  const at = lines.findIndex((l) => l.startsWith('Địa điểm:'));
  expect(at, lines.join('\n')).toBeGreaterThanOrEqual(0);
  expect(lower(lines[at] ?? ''), lines.join('\n')).toContain(lower(`Nhà văn hóa thôn ${HEAD}(`));
});

it('keeps the thôn’s name whole on a line of the flyer’s narrower place line', async () => {
  const lines = await linesOf(flyer);
  const at = lines.findIndex((l) => l.startsWith('Địa điểm:'));
  const place = lines.slice(at, at + 3);
  expect(
    place.some((l) => lower(l).includes(lower(`thôn ${HEAD}`))),
    place.join('\n'),
  ).toBe(true);
  expect(place.join(' ')).toContain(REMARK);
});

it('names the thôn whole on the notice, remark and all', async () => {
  const text = (await pdfText(await renderCampaignText(notice, CAMPAIGN, GROUPS))).replace(
    /\s+/g,
    ' ',
  );
  expect(text).toContain(`thôn ${HEAD} ${REMARK}`);
});
