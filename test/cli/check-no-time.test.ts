/**
 * `check` of a campaign that gives residents no time at all (qa48 m2): the studio-made voter-list
 * check (test/fixtures/studio-ap: no contest, no `when`, no `deadline`, while its notice's body
 * says "đến hết ngày 14/3/2026") printed a flyer and a Zalo message with no day, and `check` said
 * "ok". Now it warns at the file's `when`, in Vietnamese, with a hint; a campaign with a time or
 * a contest's dates gets no such warning. The command's code in this process; what it prints.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const WARNING = 'chiến dịch không ghi thời gian';

describe('check: a campaign with no time', () => {
  it('warns at “when” of the studio-made ấp campaign, with a hint, and still passes', async () => {
    const campaign = 'test/fixtures/studio-ap/campaign.yaml';
    const r = await checkVi(campaign, 'test/fixtures/studio-ap/groups.xlsx');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n');
    const at = lines.findIndex((l) => l.includes(WARNING));
    expect(at, r.stderr).toBeGreaterThanOrEqual(0);
    expect(lines[at]).toContain(campaign);
    expect(lines[at]).toMatch(/“when”|"when"/);
    expect(lines[at]).toContain('tờ rơi và tin nhắn gửi nhóm Zalo không có ngày nào');
    expect(lines[at + 1]).toMatch(/^(gợi ý|hint): Điền mục “when”/);
    expect(r.stderr).not.toMatch(/\bat \S+\.(ts|js):\d+/);
  });

  it('says nothing of it for a fire drill with its time, nor for a contest', async () => {
    for (const [campaign, groups] of [
      ['test/fixtures/qa40/d-pccc.yaml', 'test/fixtures/qa40/groups.csv'],
      ['examples/hai-phong/campaign.yaml', 'examples/hai-phong/groups.csv'],
    ] as const) {
      const r = await checkVi(campaign, groups);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr, campaign).not.toContain(WARNING);
    }
  });
});

describe('build: the no-time warning follows the kinds built', () => {
  afterAll(removeTempDirs);
  const campaign = 'test/fixtures/studio-ap/campaign.yaml';
  const groups = 'test/fixtures/studio-ap/groups.xlsx';
  const build = async (kind: string) =>
    runCliInProcess([
      ...buildArgs(campaign, groups, await makeTempDir('no-time-'), '--kind', kind, '--quiet'),
      '--lang',
      'vi',
    ]);

  it('a notice-only build of the campaign with steps and no time does not say it', async () => {
    const r = await build('notice');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain(WARNING);
  }, 120_000);

  it('a build with its flyer still says it', async () => {
    const r = await build('flyer');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(WARNING);
  }, 120_000);
});
