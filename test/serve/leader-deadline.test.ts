/**
 * review46 #3: Kết quả and the report call a leader's figures late against the office's "Hạn báo
 * cáo" (`report.deadline`), but the leader's page never said that day. Now the figures form says
 * "Hạn báo cáo: 20/11/2025", and once that day is over, that figures are still taken. The example
 * Hải Phòng contest (11/10–11/11/2025) with `report.deadline: 20/11/2025`, served with its
 * figures form on a given Viet Nam day (ServerOptions.today).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { closedAfterAll, leaderPageOn, wardOf } from './server.js';

const held = closedAfterAll();

/** Group 1's page, the example served with `report` added, on Viet Nam's day `today`. */
async function leaderPage(report: string, today: string): Promise<string> {
  const yaml = `${await readFile(EXAMPLE_CAMPAIGN, 'utf8')}\n${report}`;
  return leaderPageOn(await wardOf(yaml, await readFile(EXAMPLE_GROUPS, 'utf8')), '1', today, held);
}

describe('the leader’s figures form says the office’s reporting deadline', () => {
  it('before it, and on its last day', async () => {
    for (const today of ['2025-11-15', '2025-11-20']) {
      const text = await leaderPage('report:\n  deadline: 20/11/2025\n', today);
      expect(text, today).toContain('Hạn báo cáo: 20/11/2025');
      expect(text, today).not.toContain('Đã qua hạn báo cáo');
    }
  });

  it('after it: passed, and figures are still taken', async () => {
    const text = await leaderPage('report:\n  deadline: 20/11/2025\n', '2025-11-21');
    expect(text).toContain('Đã qua hạn báo cáo 20/11/2025; vẫn gửi được số liệu.');
  });

  it('says none when the campaign gives none', async () => {
    const text = await leaderPage('', '2025-11-15');
    expect(text).toContain('Báo cáo kết quả của');
    expect(text).not.toMatch(/hạn báo cáo/i);
  });
});
