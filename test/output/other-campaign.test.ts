/**
 * `--out` defaults to `out`: the office's next campaign, built without its own --out, must not
 * remove the last campaign's files (still being handed out) nor call its groups "renamed". A
 * build of another campaign (another file and another name) into a folder holding one is
 * refused, the folder untouched; --force replaces; the same campaign retitled, or its file
 * moved, builds as before. Run by the command's code in this process (runCliInProcess): the
 * point is what the command says and leaves on disk.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

const DENGUE = new URL('../../examples/tan-dinh/campaign.yaml', import.meta.url).pathname;
const DENGUE_GROUPS = new URL('../../examples/tan-dinh/groups.csv', import.meta.url).pathname;

let dir: string;
let groups: string;
let dengueGroups: string;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-other-campaign-');
  groups = join(dir, 'groups.csv');
  await writeFile(groups, wardCsv(2));
  // The dengue example's first two khu phố, its own columns.
  dengueGroups = join(dir, 'dengue-groups.csv');
  const lines = (await readFile(DENGUE_GROUPS, 'utf8')).split('\n');
  await writeFile(dengueGroups, `${lines.slice(0, 3).join('\n')}\n`);
});
afterAll(removeTempDirs);

const subjectOf = async (file: string) =>
  (parse(await readFile(file, 'utf8')) as { notice: { subject: string } }).notice.subject;

describe('another campaign into the same output folder', () => {
  let out: string;
  let manifestBefore: string;

  beforeAll(async () => {
    out = join(dir, 'out');
    const first = await runCliInProcess(
      buildArgs(EXAMPLE_CAMPAIGN, groups, out, '--kind', 'notice'),
    );
    expect(first.code, first.stderr).toBe(0);
    manifestBefore = await readFile(join(out, 'manifest.json'), 'utf8');
  });

  it('is refused in the office language, naming the campaign the folder holds, and leaves it as it was', async () => {
    const r = await runCliInProcess(buildArgs(DENGUE, dengueGroups, out, '--kind', 'notice'), {
      env: { PHUONG_PRINT_LANG: 'vi' },
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const held = (await subjectOf(EXAMPLE_CAMPAIGN)).split(' ').slice(0, 5).join(' ');
    expect(r.stderr).toContain(`đang chứa tài liệu của chiến dịch khác, “${held}`);
    expect(r.stderr).toContain('examples/hai-phong/campaign.yaml');
    expect(r.stderr).toContain('Phòng, chống sốt xuất huyết năm 2026'); // the dengue file's title
    expect(r.stderr).toMatch(/gợi ý: .*--out.*--force/);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(manifestBefore);
  });

  it('with --force replaces the other campaign’s files', async () => {
    const r = await runCliInProcess(
      buildArgs(DENGUE, dengueGroups, out, '--kind', 'notice', '--force'),
    );
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.campaign.name).toBe('Phòng, chống sốt xuất huyết năm 2026');
  });
});

describe('the same campaign', () => {
  it('retitled in its file, or its file moved, builds into its folder as before', async () => {
    const own = join(dir, 'campaign.yaml');
    await copyFile(EXAMPLE_CAMPAIGN, own);
    const out = join(dir, 'own-out');
    const args = (file: string) => buildArgs(file, groups, out, '--kind', 'notice');
    expect((await runCliInProcess(args(own))).code).toBe(0);
    // Retitled: a name given where there was none (the subject named it before).
    await writeFile(own, `title: Công dân số 2026\n${await readFile(own, 'utf8')}`);
    const retitled = await runCliInProcess(args(own));
    expect(retitled.code, retitled.stderr).toBe(0);
    // The same file under another name.
    const moved = join(dir, 'cong-dan-so.yaml');
    await copyFile(own, moved);
    const r = await runCliInProcess(args(moved));
    expect(r.code, r.stderr).toBe(0);
  });
});
