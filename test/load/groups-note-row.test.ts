/**
 * A note under the groups table (qa54 p8): the measles campaign's groups.xlsx (test/fixtures/
 * qa54-soi, as the QA round made it) ends with a row merged across the table, "Ghi chú: Trạm Y tế
 * tiêm theo lịch trên; …". `check` skipped it as "dòng tiêu đề phần", with the hint that it was the
 * heading of the groups under it, and none is. Now it is said to be a note, and still skipped.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa54-soi/${name}`, import.meta.url));

describe('a note across the groups table (qa54 p8)', () => {
  it('is said to be a note, at its row, not a section heading', async () => {
    const r = await checkVi(fixture('campaign.yaml'), fixture('groups.xlsx'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'dòng 12: đây là dòng ghi chú (“Ghi chú: Trạm Y tế tiêm theo lịch trên;',
    );
    expect(r.stderr).not.toContain('tiêu đề phần');
    expect(r.stderr).not.toContain('tiêu đề của các tổ bên dưới');
    expect(`${r.stdout}${r.stderr}`).toContain('4 tổ');
  });
});
