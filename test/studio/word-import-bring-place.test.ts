/**
 * h-left15a: a Word notice whose "mang theo" sentence lists no things ("mang theo các giấy tờ
 * sau:" with no items under it), imported in the studio. Its note ended "nếu người dân cần mang
 * gì thì ghi vào đó, mỗi dòng một thứ": "đó" named no place. The edit page now names the box the
 * office fills in and the part of the form it is in; never campaign.yaml, a file the office does
 * not see. Over real HTTP, the page as the office reads it.
 */
import { Document, Packer } from 'docx';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { headerTable, p, tailTable } from '../load/docx/notice-docx.js';
import { LE_CHAN } from '../load/docx/printed-notice.js';
import { removeTempDirs } from '../support/tmp.js';
import { Client, startStudio, type TestStudio } from './studio.js';

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

it('says in which box of the form to write the things to bring', async () => {
  const parts = { ...LE_CHAN, number: 'Số: 61/KH-UBND' };
  const doc = new Document({
    sections: [
      {
        children: [
          headerTable(parts),
          p('KẾ HOẠCH', { bold: true, center: true }),
          p('Tổ chức cấp đổi thẻ căn cước trên địa bàn phường năm 2026', {
            bold: true,
            center: true,
          }),
          p('Thời gian: 7h30 - 11h00, Chủ nhật, ngày 27/12/2026.'),
          p('Khi đến làm thủ tục, công dân mang theo các giấy tờ sau:'),
          p('Tổ trưởng tổ dân phố thông báo lịch cụ thể đến từng hộ.'),
          tailTable(parts),
        ],
      },
    ],
  });
  const res = await c.upload('/new', 'docx', 'kh.docx', await Packer.toBuffer(doc), {
    name: 'Cấp đổi căn cước',
    from: '',
  });
  expect(res.status).toBe(303);
  const page = (await c.get(res.headers.get('location') ?? '')).text.replace(/\s+/g, ' ');
  expect(page).toContain(
    'câu “mang theo …” trong nội dung không phải danh sách các thứ; nếu người dân cần mang gì thì ghi vào ô “Cần mang theo” trong phần “Áp phích, tờ rơi, bảng theo dõi” ở thẻ Nội dung, mỗi dòng một thứ',
  );
  expect(page).not.toContain('vào đó');
  expect(page).not.toContain('trong tệp campaign.yaml');
}, 60_000);
