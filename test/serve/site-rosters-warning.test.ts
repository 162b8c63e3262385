/**
 * `build --site --rosters` puts the residents' names on a static site, which cannot be closed as
 * the studio's leaders' pages can (qa46 F4): the build still writes it, and says on stderr, in
 * Vietnamese, which of the site's files hold the names and what to do. (Without --rosters it says
 * nothing of names: site-pages.test.ts, on its site built without a roster; a second site build
 * here cost as much as this file's first.) A site of notices alone (--kind notice) holds no
 * name, and says nothing of names either. The example's tổ 5 with its roster
 * (examples/hai-phong/rosters/5.csv).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { EXAMPLE_ROSTERS, SECRET } from './server.js';

afterAll(removeTempDirs);

const NAMES_SAID = 'có họ tên, địa chỉ người dân của danh sách hộ (--rosters)';

async function siteBuild(kind = 'tracker') {
  const dir = await makeTempDir();
  // Tổ 5 alone: the row of the groups file whose id is 5.
  const lines = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/\r?\n/);
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, [lines[0], lines.find((l) => l.startsWith('5;'))].join('\n'));
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    [
      ...buildArgs(
        EXAMPLE_CAMPAIGN,
        groups,
        out,
        '--site',
        '--no-site-views',
        '--kind',
        kind,
        '--lang',
        'vi',
      ),
      '--rosters',
      EXAMPLE_ROSTERS,
    ],
    { env: { PHUONG_PRINT_SECRET: SECRET } },
  );
  expect(r.code, r.stderr).toBe(0);
  return { r, site: join(out, 'site') };
}

it("warns that the static site holds the residents' names, naming the files and what to do", async () => {
  const { r, site } = await siteBuild();
  const warning = r.stderr.split('\n').find((l) => l.includes(NAMES_SAID)) ?? '';
  expect(warning).toMatch(/^cảnh báo: trang /);
  expect(warning).toContain(site);
  // The page view's files too (site-pages.ts writes tracker.html and tracker.page-N.png).
  for (const file of [
    'tracker.pdf',
    'tracker.preview.png',
    'tracker.html',
    'tracker.page-',
    'all.zip',
    'ward.zip',
  ])
    expect(warning).toContain(file);
  expect(warning).toContain('trang tĩnh không đóng được');
  expect(r.stderr).toContain('gợi ý: chỉ đăng trang ở nơi đường dẫn được giữ kín');
});

it('says nothing of names when the site offers no tracking sheet (--kind notice)', async () => {
  // The roster prints on the tracking sheet alone; the notice, the only document of this site,
  // names no resident.
  const { r } = await siteBuild('notice');
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).not.toContain(NAMES_SAID);
  expect(r.stdout).toContain('chỉ có thông báo, theo --kind');
});
