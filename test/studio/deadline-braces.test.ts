/**
 * A per-group deadline typed into "Thời hạn" (qa58 M7): "{{group.[Hạn hoàn thành]}}", the form
 * the studio's "Chèn cột danh sách tổ" buttons put into Thời gian, was saved without a word and
 * printed "Hạn đăng ký: {{group.[Hạn hoàn thành]}}" on every flyer, checklist and list. No paper
 * fills Thời hạn for a group: Lưu refuses it, under the field, with where a group's day goes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveCampaignPage } from './campaign-page.js';
import { exampleForTests, plainText } from './studio.js';

describe('Thời hạn with a groups list column', () => {
  const ex = exampleForTests();

  it('is refused on Lưu, under Thời hạn, naming the column and where it can go', async () => {
    // The ward's list carries each tổ's own deadline, as qa58's quota file did.
    const groups = join(dirname(ex.file), 'groups.csv');
    const rows = (await readFile(groups, 'utf8')).trimEnd().split(/\r?\n/);
    await writeFile(
      groups,
      `${rows.map((r, i) => `${r};${i === 0 ? 'Hạn hoàn thành' : i === 4 ? '15/7/2027' : '30/06/2027'}`).join('\n')}\n`,
    );
    const before = await readFile(ex.file, 'utf8');
    const res = await saveCampaignPage(ex.c, 'hai-phong', {
      deadline: '{{group.[Hạn hoàn thành]}}',
    });
    expect(res.status).toBe(422);
    expect(await readFile(ex.file, 'utf8')).toBe(before);
    const under = plainText(/id="f-deadline-error"[^>]*>(.*?)<\/p>/s.exec(res.text)?.[1] ?? '');
    expect(under).toContain('Thời hạn');
    expect(under).toContain('{{group.[Hạn hoàn thành]}}');
    expect(under).toContain('không điền riêng cho từng tổ');
    // The hint: one day here, the column's day in an action or Thời gian.
    expect(under).toContain('ghi một ngày chung cho mọi tổ');
    expect(under).toContain('“Đăng ký với tổ trưởng trước ngày {{group.[Hạn hoàn thành]}}”');
    expect(plainText(/id="problems"[^>]*>(.*?)<\/div>/s.exec(res.text)?.[1] ?? '')).toContain(
      'Chưa lưu',
    );
  });

  it('takes one day for every tổ as before', async () => {
    const res = await saveCampaignPage(ex.c, 'hai-phong', { deadline: '30/06/2027' });
    expect(res.status, plainText(res.text).slice(0, 400)).toBe(303);
  });
});
