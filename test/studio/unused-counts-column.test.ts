/**
 * qa54 p12: the food-safety list's "Số hộ kinh doanh thực phẩm" (14, 0, 22, 8 businesses per tổ),
 * a column no text printed and no measure used yet, was warned of on the studio's Danh sách tổ tab
 * as "chưa có nội dung nào in cột này … nếu không cần thì xoá cột": it did not say that a column
 * of numbers can be a measure's base, which is what the office wanted it for. Now a column of
 * counts says how to take a measure against it (the Chỉ tiêu field's "|"), and `check` says the
 * same in campaign.yaml's words; a column of words ("Tuyến thu gom") keeps the old hint.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type Client, plainText as plain, studioWithCampaign, type TestStudio } from './studio.js';

const CAMPAIGN = `issued: 2026-12-02
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG AN HÒA]
  ward: phường An Hòa
  place: An Hòa
  office: Phòng Văn hóa - Xã hội
title: Tháng hành động vì an toàn thực phẩm
notice:
  number: 121
  symbol: TB-UBND
  subject: triển khai Tháng hành động vì an toàn thực phẩm
  recipients: []
  body: |
    Ủy ban nhân dân phường đề nghị các hộ kinh doanh thực phẩm ký cam kết bảo đảm an toàn thực phẩm.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Võ Thị Thu
  cc: [Các Tổ dân phố trên địa bàn phường;, "Lưu: VT, VHXH."]
when: Từ ngày 15/12/2026 đến hết ngày 15/01/2027
actions:
  - step: Ký cam kết bảo đảm an toàn thực phẩm | Đã ký cam kết
measures:
  - { id: cam_ket, label: Số hộ đã ký cam kết, of: households }
`;

const GROUPS = `STT,Tên tổ dân phố,Tổ trưởng,Số hộ,Số nhân khẩu,Số hộ kinh doanh thực phẩm,Tuyến thu gom
1,Tổ dân phố 1,Nguyễn Văn Bình,210,780,14,Tuyến 1
2,Tổ dân phố 2,Trần Thị Hoa,185,640,0,Tuyến 2
3,Tổ dân phố 3,Lê Văn Tám,240,905,22,Tuyến 1
4,Tổ dân phố 4,Phạm Thị Lan,160,590,8,Tuyến 3
`;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-unused-counts-');
  await writeFile(join(dir, 'campaign.yaml'), CAMPAIGN);
  await writeFile(join(dir, 'groups.csv'), GROUPS);
});
afterAll(removeTempDirs);

describe('an unused column of counts', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithCampaign('attp', [
      join(dir, 'campaign.yaml'),
      join(dir, 'groups.csv'),
    ]));
  });
  afterAll(() => s?.close());

  it('is said on the groups tab to be a possible measure base, with how to write it', async () => {
    const text = plain((await c.get('/c/attp/groups')).text);
    expect(text).toMatch(
      /Cột “Số hộ kinh doanh thực phẩm”: cột này không phải cột phần mềm tự đọc, và chưa có nội dung nào in cột này\. Nếu cột này là số hoặc chỉ tiêu của từng tổ cho một chỉ tiêu báo cáo \(để tính tỷ lệ\), ở ô “[^”]+” \(thẻ Nội dung\) ghi sau tên chỉ tiêu dấu “\|” rồi tên cột, ví dụ “Số hộ đã ký cam kết \| Số hộ kinh doanh thực phẩm”/,
    );
    // A column of words is no base: its hint is the one it had.
    expect(text).toMatch(
      /Cột “Tuyến thu gom”: cột này không phải cột phần mềm tự đọc, và chưa có nội dung nào in cột này\. Muốn in cột này thì viết \{\{group\.\[Tuyến thu gom\]\}\}/,
    );
  });
});

describe('`check` of the same', () => {
  it('says of: in campaign.yaml’s words, for the column of counts only', async () => {
    const r = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'Nếu đây là số hoặc chỉ tiêu của từng tổ cho một chỉ tiêu báo cáo, ghi of: Số hộ kinh doanh thực phẩm ở chỉ tiêu đó trong mục measures của campaign.yaml',
    );
    expect(r.stderr.match(/ghi of:/g)).toHaveLength(1);
  });
});
