/**
 * A static site's leader page (`build --site`) is made once and cannot know the day, so it said
 * nothing of the campaign's end (the served page says "Cuộc thi đã kết thúc ngày …"). It now
 * prints the contest's days, "Thời gian cuộc thi: từ ngày 11/10/2025 đến hết ngày 11/11/2025",
 * and share.js shows the served page's note by the phone's own date: after the last day, before
 * the first. Without script the days still read right and no note shows. The example's contest
 * (examples/hai-phong/campaign.yaml: 11/10/2025 – 11/11/2025); the page in Chromium at a phone's
 * size with the phone's clock set.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupToken } from '../../src/serve/tokens.js';
import { runCliInProcess } from '../support/cli.js';
import { visible } from '../support/page-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { chromiumAvailable, closeContexts, sharedChromium } from './chromium.js';
import { SECRET } from './server.js';

let page: string;
let html: string;

beforeAll(async () => {
  const dir = await makeTempDir();
  const lines = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/\r?\n/);
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, [lines[0], lines[1]].join('\r\n'));
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    [
      'build',
      '--campaign',
      EXAMPLE_CAMPAIGN,
      '--groups',
      groups,
      '--out',
      out,
      '--quiet',
      '--site',
      '--no-site-views',
    ],
    { env: { PHUONG_PRINT_SECRET: SECRET } },
  );
  expect(r.code, r.stderr).toBe(0);
  page = join(out, 'site', 'g', groupToken(SECRET, '1'), 'index.html');
  html = await readFile(page, 'utf8');
}, 300_000);

afterAll(async () => {
  await closeContexts(chromiumAvailable ? await sharedChromium() : undefined);
  await removeTempDirs();
});

const ENDED = 'Cuộc thi đã kết thúc ngày 11/11/2025.';
const BEFORE = 'Cuộc thi bắt đầu từ ngày 11/10/2025 (đến hết ngày 11/11/2025).';

/** The page's visible text in Chromium, 360×740, the phone's clock at `now` (Viet Nam). */
async function shownAt(now: string | null, script = true): Promise<string> {
  const browser = await sharedChromium();
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    timezoneId: 'Asia/Ho_Chi_Minh',
    javaScriptEnabled: script,
  });
  const tab = await context.newPage();
  if (now) await tab.clock.setFixedTime(new Date(now));
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForLoadState('load');
  // biome-ignore lint/performance/useDomNodeTextContent: what is shown (a hidden note is not read)
  const text = await tab.locator('body').innerText();
  await context.close();
  return text.replace(/\s+/g, ' ');
}

describe('a static site’s leader page and the contest’s days', () => {
  it('prints the days, and both notes hidden until the script reads the phone’s date', () => {
    const text = visible(html);
    expect(text).toContain('Thời gian cuộc thi: từ ngày 11/10/2025 đến hết ngày 11/11/2025');
    expect(html).toMatch(/<p class="period period-ended" data-ends="2025-11-11" hidden>/);
    expect(html).toMatch(/<p class="period" data-starts="2025-10-11" hidden>/);
  });

  it.skipIf(!chromiumAvailable)('after the last day, the phone shows that it ended', async () => {
    const text = await shownAt('2025-11-12T00:30:00+07:00');
    expect(text).toContain(ENDED);
    expect(text).not.toContain(BEFORE);
    // No longer urged to send and print, as the served page after the end (lpap's left-over).
    expect(text).not.toContain('Việc cần làm');
    expect(text).not.toContain('Gửi tin nhắn ngay');
  });

  it.skipIf(!chromiumAvailable)('on the last day and during it, neither note', async () => {
    for (const now of ['2025-11-11T23:30:00+07:00', '2025-10-20T09:00:00+07:00']) {
      const text = await shownAt(now);
      expect(text, now).not.toContain('đã kết thúc');
      expect(text, now).not.toContain('bắt đầu từ ngày');
      expect(text, now).toContain('Gửi tin nhắn ngay dưới đây vào nhóm Zalo');
    }
  });

  it.skipIf(!chromiumAvailable)(
    'before the first day, the phone shows when it starts',
    async () => {
      const text = await shownAt('2025-10-10T20:00:00+07:00');
      expect(text).toContain(BEFORE);
      expect(text).not.toContain(ENDED);
    },
  );

  it.skipIf(!chromiumAvailable)(
    'without script, the days still read and no note shows',
    async () => {
      const text = await shownAt(null, false);
      expect(text).toContain('Thời gian cuộc thi: từ ngày 11/10/2025 đến hết ngày 11/11/2025');
      expect(text).not.toContain('đã kết thúc');
    },
  );
});
