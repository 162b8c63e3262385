/**
 * A notice marked LƯU HÀNH NỘI BỘ (notice.circulation, ô 11 of Decree 30) is for its readers, not
 * the board (qa55 M3): a poverty review's plan so marked had the leader's page say "In kế hoạch
 * của phường, dán ở nhà văn hóa hoặc bảng tin của tổ", contradicting its own mark, and `check`
 * said nothing. The leader keeps it to print and read, told not to post it nor send it to the
 * Zalo group; `check` says so once. The storm warning's campaign so marked; a real server.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { STORM_GROUPS, stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

const PLAIN = stormCampaign();
const MARKED = PLAIN.replace(
  '  symbol: CĐ-UBND\n',
  '  symbol: CĐ-UBND\n  circulation: Lưu hành nội bộ\n',
);
const POST = 'dán ở nhà văn hóa hoặc bảng tin';

let marked: TestServer;
beforeAll(async () => {
  expect(MARKED).not.toBe(PLAIN);
  marked = await startServer({ ward: await wardOf(MARKED, STORM_GROUPS) });
}, 120_000);
afterAll(async () => {
  await marked?.app.close();
  await removeTempDirs();
});

/** The page's "Việc cần làm" steps as text. */
async function steps(s: TestServer): Promise<string> {
  const html = await (await fetch(`${s.url}/g/${tokenOf('1')}/`)).text();
  const list = /<ol class="steps">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return list.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('a notice marked LƯU HÀNH NỘI BỘ on the leader’s page (qa55 M3)', () => {
  it('is to print and read, not to post on the board', async () => {
    const said = await steps(marked);
    expect(said).not.toContain(POST);
    expect(said).toContain(
      'để nắm và thực hiện (văn bản ghi “LƯU HÀNH NỘI BỘ”: không dán ở nhà văn hóa, bảng tin, không gửi vào nhóm Zalo).',
    );
  });

  it('`check` tells the office once', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'campaign.yaml'), MARKED);
    await writeFile(join(dir, 'groups.csv'), STORM_GROUPS);
    const r = await runCliInProcess(
      ['check', '--campaign', join(dir, 'campaign.yaml'), '--groups', join(dir, 'groups.csv')],
      { env: { PHUONG_PRINT_LANG: 'vi' } },
    );
    expect(r.code, r.stderr).toBe(0);
    const warning =
      'Văn bản ghi LƯU HÀNH NỘI BỘ: trang tổ trưởng dặn tổ trưởng in để tự nắm, không dán ở nhà văn hóa, bảng tin và không gửi vào nhóm Zalo';
    expect(r.stderr.split(warning)).toHaveLength(2);
    expect(r.stderr).toContain('notice.circulation');
  });
});
