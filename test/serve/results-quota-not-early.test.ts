/**
 * h-left15a (closing55 "Left undone"): a quota measure with no deadline. The summer swimming class
 * (test/fixtures/qa57-boi, the class "Từ ngày 07/6/2027 …") counted as "Số trẻ học bơi | Chỉ tiêu
 * (trẻ)", each tổ's quota in the list, with neither a "Thời hạn" nor a "Hạn báo cáo". A quota's
 * sheet is a sign-up list, and nothing says its figures are due after the class; yet Tổ 1's 23
 * sent on 10/05/2027 were marked "gửi trước ngày diễn ra 07/06/2027" on Kết quả and in the report
 * PDF, and the leader's page told them to send again after the class began. No mark and no
 * sentence now, over real HTTP; with a report deadline after the class (results-early.test.ts,
 * qa54 p4's vaccination) a figure sent before the day is still early.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { resultsOfficeForTests } from './results-office.js';
import { closedAfterAll, leaderPageOn, wardOf } from './server.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/qa57-boi/${name}`, import.meta.url)), 'utf8');

const yaml = fixture('campaign.yaml')
  .replace('deadline: 20/5/2027', "deadline: ''")
  .replace(
    'label: Số trẻ đăng ký học bơi\n    of: trẻ',
    'label: Số trẻ học bơi\n    of: Chỉ tiêu (trẻ)',
  );

/** The fixture's list with each tổ's quota: Tổ 1's is 40. */
const quotas = ['40', '45', '30', '35'];
const groups = `${fixture('groups.csv')
  .trimEnd()
  .split('\n')
  .map((line, i) => `${line},${i === 0 ? 'Chỉ tiêu (trẻ)' : quotas[i - 1]}`)
  .join('\n')}\n`;

const office = resultsOfficeForTests(yaml, groups, 'phuong-print-quota-early-');
beforeAll(async () => {
  expect(yaml).toContain('of: Chỉ tiêu (trẻ)');
  expect(yaml).not.toContain('deadline: 20/5/2027');
  // Tổ 1's 23 children, sent on 10/05/2027, four weeks before the class's first day.
  await office.report(
    '1',
    { so_tre_dang_ky_hoc_boi: 23 },
    { at: new Date('2027-05-10T09:00:00+07:00') },
  );
}, 60_000);

describe('a quota’s figures with no deadline, sent before the class', () => {
  const held = closedAfterAll();
  it('are counted against the quota and not marked on Kết quả', async () => {
    const text = await office.pageText();
    // 23 of Tổ 1's 40.
    expect(text).toContain('57,5%');
    expect(text).not.toContain('trước ngày diễn ra');
  });

  it('nor named in the report PDF', async () => {
    const text = await office.reportText();
    expect(text).toContain('Tổ dân phố số 1');
    expect(text).toMatch(/23 57,5/u);
    expect(text).not.toContain('trước ngày diễn ra');
  });

  it('nor does the leader’s page say a day they would be early for', async () => {
    const text = await leaderPageOn(await wardOf(yaml, groups), '1', '2027-05-10', held);
    expect(text).toContain('chỉ tiêu 40 trẻ');
    expect(text).not.toContain('Ngày diễn ra');
    expect(text).not.toContain('trước ngày diễn ra');
  });
});
