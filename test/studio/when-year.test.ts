/**
 * A day "Thời gian" (`when`) writes without its year that either year may mean (qa25: "ngày
 * 10/12" in a notice of 20/12): `check` warns of it (test/check/when-year.test.ts), and so does
 * the studio's print tab, in the same words — campaign.yaml's own among the reminders pointing
 * to Nội dung, a groups file's cell the line prints with the list's cells, at its row and column.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bloodDriveCampaign, MEETING_DAYS_GROUPS } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { testToday } from '../support/today.js';
import { plainText, studioWithCampaign } from './studio.js';

afterAll(removeTempDirs);

async function printTab(slug: string, when: string, more = '', issued = '2026-12-20') {
  const { s, c, folder } = await studioWithCampaign(slug, []);
  try {
    await writeFile(join(folder, 'campaign.yaml'), bloodDriveCampaign(issued, when) + more);
    await writeFile(join(folder, 'groups.csv'), MEETING_DAYS_GROUPS);
    return { build: (await c.get(`/c/${slug}/build`)).text };
  } finally {
    await s.close();
  }
}

/** The text of the print tab's box of the class given (`info`: reminders, `warn`: the list's). */
const box = (page: string, kind: string) =>
  plainText(new RegExp(`<p class="notice ${kind}"[^>]*>(.*?)</p>`, 's').exec(page)?.[1] ?? '');

describe('a `when` day without its year that either year may mean, on the print tab', () => {
  it('written in "Thời gian": said among the reminders, as check says it', async () => {
    const { build } = await printTab('hien-mau', '19h30 ngày 10/12');
    const reminders = box(build, 'info');
    expect(reminders).toContain('Lưu ý trước khi in (sửa ở trang Nội dung');
    expect(reminders).toContain(
      'Mục “Thời gian”: “10/12” không ghi năm: nếu là năm ban hành thì là ngày 10/12/2026, trước ngày ban hành 20/12/2026; nếu là năm sau thì là ngày 10/12/2027, nhiều tháng sau đó. Trang của tổ trưởng không tính ngày này khi báo chiến dịch đã kết thúc',
    );
    expect(reminders).toContain('Ghi ngày đủ năm: 10/12/2026 hoặc 10/12/2027.');
  });

  it('taken from the groups file: said with the list’s cells, at its row and column, only where ambiguous', async () => {
    const { build } = await printTab('hien-mau-to', '19h30 {{group.[Ngày họp]}}');
    const cells = box(build, 'warn');
    expect(cells).toContain('Trước khi in, xem lại danh sách');
    expect(cells).toContain(
      'Dòng 2, cột “Ngày họp”: “12/12” không ghi năm: nếu là năm ban hành thì là ngày 12/12/2026, trước ngày ban hành 20/12/2026; nếu là năm sau thì là ngày 12/12/2027, nhiều tháng sau đó.',
    );
    expect(plainText(build).match(/không ghi năm/g)).toHaveLength(1);
  });
});

describe('a `deadline` before the notice’s date, on the print tab', () => {
  it('is said among the reminders, as check says it', async () => {
    const { build } = await printTab(
      'hien-mau-han',
      '19h30 ngày 28/12/2026',
      'deadline: 18/12/2026\n',
    );
    const reminders = box(build, 'info');
    expect(reminders).toContain(
      '“18/12/2026” trước ngày ban hành 20/12/2026: người dân nhận giấy khi đã quá hạn',
    );
  });

  it('already over is said with the studio’s own today, the day its clock was given', async () => {
    // A notice of 2020 whose deadline was long over: "today" is the studio's clock's day (the
    // tests hand it the pinned day: StudioOptions.today), not one the program reads elsewhere.
    const { build } = await printTab(
      'hien-mau-qua-han',
      '19h30 ngày 28/12/2020',
      'deadline: 17h00 ngày 20/12/2020\n',
      '2020-12-02',
    );
    const [y, m, d] = testToday().split('-');
    expect(box(build, 'info')).toContain(`“20/12/2020” đã qua: hôm nay là ngày ${d}/${m}/${y}`);
  });
});
