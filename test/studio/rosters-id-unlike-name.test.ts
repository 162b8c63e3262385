/**
 * The studio's residents-list preview of a row whose "Mã thôn" is a thôn's and whose "Thôn" is
 * like no thôn's name ("Thôn Đồng Xuân"): the row is counted for the id's thôn and the page warns
 * naming the row and both cells, as the results import does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pcccThonNames } from '../support/qa22-pccc.js';
import { removeTempDirs } from '../support/tmp.js';
import { pcccStudio, sendFile } from './campaign-files.js';
import { type Client, plainText, type TestStudio } from './studio.js';

const slug = 'pccc';
const rostersPage = `/c/${slug}/rosters`;
const LIST =
  'STT;Mã thôn;Thôn;Họ tên chủ hộ;Địa chỉ\n1;1;Thôn Đồng Xuân;Nguyễn Văn Tám;xóm Đình\n2;1;Thôn Câu Hạ;Trần Thị Chín;xóm Chùa\n';

describe('a residents list row taken by its id, its name like no thôn’s', () => {
  let s: TestStudio;
  let preview: string;
  let cauHa: string;
  beforeAll(async () => {
    let c: Client;
    ({ s, c } = await pcccStudio(slug));
    cauHa = (await pcccThonNames()).get('1') ?? '';
    const answer = await sendFile(c, rostersPage, 'ds-ho.csv', Buffer.from(LIST, 'utf8'));
    expect(answer.status).toBe(200);
    preview = answer.text;
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('counts the row for thôn 1 and warns naming the row and both cells', () => {
    const text = plainText(preview);
    expect(cauHa).toBe('Thôn Câu Hạ');
    expect(text).toContain(`${cauHa} 2 hộ`);
    expect(text).toContain(
      `ở 1 dòng, tên ghi không giống tên thôn nào trong tệp danh sách: mỗi dòng được ghi cho thôn theo mã (dòng 2: mã 1 là “${cauHa}”, tên ghi “Thôn Đồng Xuân”)`,
    );
    expect(text).toContain('nên ghi tên thôn đúng như trong tệp danh sách');
    expect(text).not.toContain('Các dòng không dùng được');
    expect(preview).not.toContain('Nguyễn Văn Tám');
  });
});
