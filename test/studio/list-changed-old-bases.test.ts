/**
 * The groups upload's rule for figures sent against the old list, and Kết quả's, agree: a figure
 * stored before bases were kept (store migration 0280-result-bases) that the stop page says will
 * be marked "theo danh sách cũ" is marked so once the office uses the list; a name written
 * otherwise is no rename to stop for; a store that cannot be read fails the upload, not "nothing
 * changed". Real sockets, the studio's SQLite store, the leaders' own form.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

/** Tổ 2's people corrected 800 → 1.000. */
const CORRECTED = GROUPS.replace(
  '2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;800',
  '2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;1000',
);
/** The same, tổ 1's name typed in capitals with a final dot. */
const CAPITALS = CORRECTED.replace('1;Tổ dân phố số 1;', '1;TỔ DÂN PHỐ SỐ 1.;');

describe('figures sent against the old list, stored before bases were kept', () => {
  let s: TestStudio;
  let office: Client;

  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
    expect(CORRECTED).not.toBe(GROUPS);
    expect(CAPITALS).not.toBe(CORRECTED);
    const links = await leaderLinks(office, 'hai-phong');
    const leader = new Client(s.url);
    await report(leader, links.get('Tổ dân phố số 1') ?? '', { [JOINED]: '300' });
    await report(leader, links.get('Tổ dân phố số 2') ?? '', { [JOINED]: '400' });
    // As the store held them before migration 0280: no base kept.
    await sql`update result_values set base = null`.execute(s.store.db);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const upload = (csv: string, confirm: boolean) =>
    office.upload(
      '/c/hai-phong/groups',
      'file',
      'groups.csv',
      Buffer.from(csv),
      confirm ? { confirmShift: '1' } : {},
      '/c/hai-phong/groups',
    );

  it('a store that cannot be read fails the upload and is logged, the list kept', async () => {
    await sql`alter table result_values rename to result_values_away`.execute(s.store.db);
    try {
      const sent = await upload(CORRECTED, false);
      expect(sent.status, visible(sent.text).slice(0, 400)).toBe(500);
      expect(visible(sent.text)).toContain('Có lỗi xảy ra');
    } finally {
      await sql`alter table result_values_away rename to result_values`.execute(s.store.db);
    }
    expect(s.errors.join('\n')).toMatch(/error on POST \/c\/:slug\/groups: .*result_values/);
    // The list in use is the old one: the upload asks about tổ 2 now the store reads.
    const asked = await upload(CORRECTED, false);
    expect(asked.status).toBe(409);
  });

  it('marked "theo danh sách cũ" in Kết quả once the office uses the list, as the stop page said', async () => {
    const asked = await upload(CORRECTED, false);
    expect(asked.status).toBe(409);
    expect(visible(asked.text)).toContain(
      'mã 2 “Tổ dân phố số 2”: 800 nhân khẩu → 1.000 nhân khẩu, đã báo cáo 400',
    );
    expect(visible(asked.text)).toContain('ghi “báo cáo theo danh sách cũ”');
    const used = await upload(CORRECTED, true);
    expect(used.status, visible(used.text).slice(0, 400)).toBe(303);
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).toContain(
      `Tổ dân phố số 2 (${JOINED}): 400 người dân tham gia cuộc thi, báo cáo theo danh sách cũ, khi đó 800 nhân khẩu, nay 1.000 nhân khẩu`,
    );
  });

  it('a reported tổ’s name written in capitals with a dot is no rename to stop for', async () => {
    const sent = await upload(CAPITALS, false);
    expect(sent.status, visible(sent.text).slice(0, 600)).toBe(303);
  });
});
