/**
 * qa9 Q12: `serve` without --data (or --database-url) for a campaign that declares measures
 * says at start-up that the leaders' pages will have no figures form, and how to give them one.
 * Before it said nothing, and the office waited for figures that could not come.
 */
import { afterAll, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { spawnServe } from './server.js';

afterAll(removeTempDirs);

it('warns at start-up that the measures have nowhere to be kept', async () => {
  const s = await spawnServe(
    EXAMPLE_CAMPAIGN,
    EXAMPLE_GROUPS,
    await makeTempDir('phuong-print-cache-'),
    ['--lang', 'vi'],
    'đường liên kết cho',
  );
  try {
    // The example campaign declares three measures (campaign.yaml › measures).
    const line =
      s
        .stdout()
        .split('\n')
        .find((l) => l.includes('chỉ tiêu báo cáo')) ?? '';
    expect(line).toMatch(/^cảnh báo: .*campaign\.yaml có 3 chỉ tiêu báo cáo/);
    expect(line).toContain('--data');
  } finally {
    s.child.kill('SIGTERM');
    await s.exited;
  }
});
