/**
 * A campaign that no longer has anything for a kind to print — the office took the app out of
 * campaign.yaml after a first build, leaving a notice with no actions, links, contest or time: the
 * CLI's build, run again on the same output folder. The app poster and share image an earlier
 * build made carried the withdrawn app's QR codes; they must not stay in the groups' folders,
 * ZIPs, print files or manifest, whether the next run asks for those kinds or only for the
 * notice. A `--group` run removes nothing, but zips none of them.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/hai-phong/', import.meta.url));
const HEADER = 'STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu';
const GROUPS = [1, 2, 3].map((id) => `${id};Tổ dân phố số ${id};Nguyễn Văn An;0912345678;120;400`);

afterAll(removeTempDirs);

/**
 * The example's notice and app (without its contest, measures and links: an app alone makes its
 * posters, and without it the campaign has nothing a poster prints) and three groups in a folder
 * of their own.
 */
async function ward() {
  const dir = await makeTempDir('skipped-kinds-');
  const yaml = await readFile(join(EXAMPLE, 'campaign.yaml'), 'utf8');
  const notice = yaml
    .slice(0, yaml.indexOf('\ncontest:'))
    .replace(/\{\{links\.\w+\.url\}\}/g, 'tại trang của phường')
    .replaceAll('{{contestDates.starts.short}}', '11/10/2025')
    .replaceAll('{{contestDates.ends.short}}', '11/11/2025');
  await writeFile(join(dir, 'campaign.yaml'), `${notice}\n${yaml.slice(yaml.search(/^app:/m))}`);
  await writeFile(join(dir, 'groups.csv'), `${[HEADER, ...GROUPS].join('\n')}\n`);
  return { dir, out: join(dir, 'out') };
}

/** campaign.yaml without its `app:` block (the last block of the example). */
async function removeApp(dir: string) {
  const file = join(dir, 'campaign.yaml');
  const text = await readFile(file, 'utf8');
  const at = text.search(/^app:/m);
  expect(at).toBeGreaterThan(0);
  await writeFile(file, text.slice(0, at));
}

/** `build` by the command's code in this process (runCliInProcess: its output and files). */
const build = (dir: string, out: string, extra: string[]) =>
  runCliInProcess(
    ['build', '--lang', 'vi', '--campaign', join(dir, 'campaign.yaml')].concat(
      ['--groups', join(dir, 'groups.csv'), '--out', out, '--jobs', '1'],
      extra,
    ),
  );

async function zipNames(out: string, path: string): Promise<string[]> {
  return Object.keys(unzipSync(await readFile(join(out, path))));
}

describe('a kind the campaign no longer prints', () => {
  it.each([
    ['the same kinds', ['--kind', 'notice,poster,share']],
    ['the notice only', ['--kind', 'notice']],
  ])('loses its earlier files when the next build asks for %s', async (_, second) => {
    const { dir, out } = await ward();
    const first = await build(dir, out, ['--kind', 'notice,poster,share']);
    expect(first.code, first.stderr).toBe(0);
    const before = await readManifest(out);
    const appFiles = before.files.filter((f) => f.kind === 'poster' || f.kind === 'share');
    expect(appFiles).toHaveLength(3 * 3); // A4, A3, share image per group
    const appPrints = before.print.filter((p) => p.kind === 'poster');
    expect(appPrints.length).toBe(2);
    expect(await zipNames(out, before.zips[0]?.path ?? '')).toHaveLength(4);

    await removeApp(dir);
    const second_ = await build(dir, out, second);
    expect(second_.code, second_.stderr).toBe(0);
    expect(second_.stdout).toMatch(/đã xoá áp phích, ảnh áp phích do lần tạo trước làm ra/);
    const after = await readManifest(out);
    expect(after.files.map((f) => f.kind)).toEqual(['notice', 'notice', 'notice']);
    expect(after.print.map((p) => p.kind)).toEqual(['notice']);
    for (const f of [...appFiles, ...appPrints])
      expect(existsSync(join(out, f.path)), f.path).toBe(false);
    for (const z of after.zips) {
      const names = await zipNames(out, z.path);
      expect(names, z.path).toHaveLength(1);
      expect(names[0]).toMatch(/Thông báo/);
    }
    // Nothing left to say once they are gone.
    const third = await build(dir, out, second);
    expect(third.stdout).not.toMatch(/lần tạo trước/);
  });

  it('a --group run leaves them on disk and listed, out of the group’s ZIP, and says so', async () => {
    const { dir, out } = await ward();
    const first = await build(dir, out, ['--kind', 'notice,poster']);
    expect(first.code, first.stderr).toBe(0);
    const before = await readManifest(out);
    await removeApp(dir);
    const part = await build(dir, out, ['--kind', 'notice', '--group', '2', '--force']);
    expect(part.code, part.stderr).toBe(0);
    expect(part.stdout).toMatch(/áp phích do lần tạo trước làm ra đã cũ/);
    const after = await readManifest(out);
    for (const f of before.files) expect(existsSync(join(out, f.path)), f.path).toBe(true);
    expect(after.files.filter((f) => f.kind === 'poster')).toHaveLength(6);
    const zip2 = after.zips.find((z) => z.group === '2');
    expect(await zipNames(out, zip2?.path ?? '')).toHaveLength(1);
    // The whole-ward build that follows removes them.
    const whole = await build(dir, out, ['--kind', 'notice']);
    expect(whole.stdout).toMatch(/đã xoá áp phích do lần tạo trước/);
    for (const f of before.files.filter((f) => f.kind === 'poster'))
      expect(existsSync(join(out, f.path)), f.path).toBe(false);
  });
});
