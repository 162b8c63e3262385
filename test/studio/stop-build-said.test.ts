/**
 * The studio console's lines when it is stopped during "Tạo tệp in" (review54 #6): the campaign
 * named as the studio shows it (its title, not its folder), the groups in the ward's own word (a
 * commune of thôn: "thôn", not "tổ"), and a build that had finished whole when the stop came said
 * to have finished, not left at "đang dừng"; a stopped one says the files it kept, as the CLI's
 * stop does (not "chưa được tạo" alone, as if nothing were left). The studio's Builds with a build standing in that
 * ends when stopped, finished or not as asked (when a stop lands on a build's last group cannot
 * be timed in a real one); the lines as the CLI prints them (cli/studio.ts), in Vietnamese. The
 * real process's stop: stop-build.test.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stoppedSaid, stoppingSaid } from '../../src/cli/studio.js';
import { say } from '../../src/messages/message.js';
import { termForms } from '../../src/model/group-term.js';
import type { build } from '../../src/output/build.js';
import { Builds } from '../../src/studio/builds.js';
import { campaignPaths } from '../../src/studio/campaign-folders.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const TITLE = 'Tiêm chủng mở rộng tháng 12/2026';
const SLUG = 'tiem-chung';
/** The commune's five thôn; the stopped build had made two, and kept their seven files. */
const TOTAL = 5;
const MADE = 2;
const KEPT = 7;

/** A build that has made `made` groups and ends when stopped: whole if `made` is all of them. */
const standIn = (made: number) =>
  (async (opts: Parameters<typeof build>[0]) => {
    opts.onProgress?.({ done: made, total: TOTAL } as Parameters<
      NonNullable<typeof opts.onProgress>
    >[0]);
    await new Promise((r) => opts.signal?.addEventListener('abort', r, { once: true }));
    return {
      interrupted: made < TOTAL,
      left: { groups: TOTAL - made, total: TOTAL },
      written: Array.from({ length: KEPT }, (_, i) => ({ path: `thon-${i}.pdf` })),
      failed: [],
      seconds: 1,
      removed: 0,
    } as unknown as Awaited<ReturnType<typeof build>>;
  }) as typeof build;

/** The console's lines of a stop of a build that had made `made` groups. */
async function stopLines(made: number): Promise<string[]> {
  const dir = await makeTempDir('phuong-print-stop-said-');
  await mkdir(join(dir, SLUG), { recursive: true });
  await writeFile(join(dir, SLUG, 'groups.csv'), 'STT;Tên thôn\n1;Thôn Đông\n');
  const c = campaignPaths(dir, SLUG);
  const builds = new Builds(() => {}, undefined, standIn(made));
  expect(builds.start(c, termForms('thôn'), false, TITLE)).toBe(true);
  const running = builds.runningBuilds();
  const stopped = await builds.stopAll();
  return [...running.map(stoppingSaid), ...stopped.map(stoppedSaid)].map((m) => say(m, 'vi'));
}

describe('the studio console’s stop lines', () => {
  it('name the campaign by its title and the groups by the ward’s word', async () => {
    const [stopping, stopped] = await stopLines(MADE);
    expect(stopping).toBe(
      `đang dừng lần tạo tệp in của “${TITLE}”: các thôn đang tạo dở dừng sau tài liệu đang tạo và để nguyên thư mục như lần tạo trước, các thôn đã tạo xong giữ tệp đã tạo; bấm “Tạo tệp in” để tạo tiếp`,
    );
    expect(stopped).toBe(
      `lần tạo tệp in của “${TITLE}” đã dừng: đã tạo xong ${MADE}/${TOTAL} thôn, ${TOTAL - MADE} thôn chưa xong; đã giữ ${KEPT} tệp đã tạo xong; bấm “Tạo tệp in” để tạo tiếp`,
    );
  });

  it('say a build that had finished whole at the stop finished', async () => {
    const lines = await stopLines(TOTAL);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      `lần tạo tệp in của “${TITLE}” đã xong trước khi dừng: đã tạo đủ ${TOTAL} thôn`,
    );
  });
});
