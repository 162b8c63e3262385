/**
 * qa23 #1 and #9 on the studio's groups page and build tab: a commune's list of thôn and tổ dân
 * phố, one thôn named "Thôn Phú Mỹ Thượng (gồm xóm Đình, xóm Chùa, …)", with the office's own
 * "Ghi chú" column. The page counted a "xóm" no name begins with and offered a word for
 * "Tên gọi các tổ trong đơn vị" that then called the other kind by it; it warned of "Ghi chú" as
 * an unused column to delete from the office's list. The build tab named the whole commune's
 * tracking file by its first group's word. What a reader sees: the pages' text. Real sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const slug = 'hai-phong';
/** Three thôn and two tổ dân phố; the first row a tổ dân phố. */
const GROUPS = `STT;Tên thôn, tổ dân phố;Trưởng thôn/Tổ trưởng;Số hộ;Số nhân khẩu;Ghi chú
1;Tổ dân phố Đông Hưng Thuận 1 (khu đô thị mới Đông Hưng Thuận - phân khu A1, A2, A3);Lê Hoàng Phúc;405;1490;Nhiều hộ đi làm, ra quân muộn
2;Thôn Phú Mỹ Thượng (gồm xóm Đình, xóm Chùa, xóm Giếng và khu tái định cư Đồng Bến mới sáp nhập năm 2025);Nguyễn Thị Kim Oanh;312;1180;Vùng có ổ dịch tháng 10
3;Thôn Phú Mỹ Hạ (gồm xóm Bãi Sông và cụm dân cư ven đê tả Hữu Đuống);Trần Văn Thịnh;280;1020;
4;Tổ dân phố Đông Hưng Thuận 2;Phạm Minh Trí;198;700;
5;Thôn Hạ Lũng;Võ Thị Ánh Nguyệt;150;560;Tên thôn theo Nghị quyết 1234/NQ-HĐND
`;

describe('a commune of thôn and tổ dân phố with a "Ghi chú" column, in the studio', () => {
  let s: TestStudio;
  let office: Client;
  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('counts the units the names begin with and speaks of all of them in a word that fits both', async () => {
    const page = visible((await office.get(`/c/${slug}/groups`)).text);
    expect(page).toContain('bắt đầu bằng những từ khác nhau (thôn: 3, tổ dân phố: 2)');
    expect(page).not.toMatch(/xóm: \d/);
    // Not the 3 thôn's word for the 2 tổ dân phố too (review): the word for both, so nothing to
    // choose instead.
    expect(page).toContain('gọi là “khu dân cư”');
    expect(page).toContain('Danh sách khu dân cư');
    expect(page).not.toContain('Danh sách thôn');
    // How to call them all by another word, at the form's field, offering no unit of the names.
    expect(page).toContain(
      'Muốn gọi chung bằng một từ khác (“khu dân cư” là từ chung cho mọi loại)',
    );
    expect(page).not.toMatch(/ví dụ: (tổ dân phố|thôn)/);
  });

  it('says once that "Ghi chú" is the office’s own notes, not printed, and never to delete it', async () => {
    const page = visible((await office.get(`/c/${slug}/groups`)).text);
    expect(page).toContain(
      'Cột “Ghi chú” là ghi chú riêng của văn phòng: phần mềm giữ nguyên trong tệp, không in ra giấy nào.',
    );
    expect(page.match(/“Ghi chú”/g)).toHaveLength(1);
    expect(page).not.toContain('xoá cột khỏi tệp');
  });

  it('names the whole commune’s files by the commune’s word, not its first group’s', async () => {
    expect((await buildAndWait(office, slug)).state).toBe('done');
    const page = visible((await office.get(`/c/${slug}/build`)).text);
    expect(page).toContain('Bảng theo dõi của khu dân cư');
    expect(page).not.toContain('Bảng theo dõi của thôn');
    expect(page).not.toContain('Bảng theo dõi của tổ');
  });
});
