/**
 * A whole-ward `build` after groups were taken out of the groups file (thôn merged, a row
 * deleted): the command run twice on one output folder (in this process, runCliInProcess). The
 * groups that are gone lose the files the tool made for them (documents, ZIPs) and are no longer listed in manifest.json; a
 * file the tool did not make stays; a `--group` build removes nothing.
 */
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const CAMPAIGN = fileURLToPath(new URL('../../examples/hai-phong/campaign.yaml', import.meta.url));
const HEADER = 'STT;Tên thôn;Trưởng thôn;Số điện thoại;Địa chỉ nhà văn hóa;Số hộ;Số nhân khẩu';
const row = (id: number) =>
  `${id};Thôn ${id};Nguyễn Văn ${String.fromCharCode(64 + id)};0912 345 6${String(id).padStart(2, '0')};Nhà văn hóa thôn ${id};120;400`;
/** Ids 1–10 in the file's order; the shrunk file keeps 1, 3, 7 and 10. */
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const KEPT = [1, 3, 7, 10];

afterAll(removeTempDirs);

async function groupsFile(dir: string, name: string, ids: number[]): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, `${[HEADER, ...ids.map(row)].join('\n')}\n`);
  return file;
}

/** `build --kind flyer` in Vietnamese (the summary names the ward's word). */
const build = (groups: string, out: string, extra: string[] = []) =>
  runCliInProcess(
    ['build', '--lang', 'vi', '--campaign', CAMPAIGN, '--groups', groups, '--out', out].concat(
      ['--kind', 'flyer'],
      extra,
    ),
    { timeoutMs: 240_000 },
  );

describe('build after groups were removed from the groups file', () => {
  it('removes their documents and ZIPs, keeps foreign files, lists only the file’s groups in its order', async () => {
    const dir = await makeTempDir('gone-groups-');
    const out = join(dir, 'out');
    const all = await groupsFile(dir, 'thon-10.csv', ALL);
    const few = await groupsFile(dir, 'thon-4.csv', KEPT);
    const first = await build(all, out);
    expect(first.code, first.stderr).toBe(0);
    const before = await readManifest(out);
    expect(before.zips).toHaveLength(ALL.length);
    // Someone's own notes in a removed thôn's folder and beside the ZIPs: not the tool's.
    const removedFolder = join(out, before.files.find((f) => f.group === '2')?.path ?? '', '..');
    await writeFile(join(removedFolder, 'ghi-chu.txt'), 'của văn phòng');
    await writeFile(join(out, 'zip', 'ghi-chu.txt'), 'của văn phòng');
    const gone = before.files.filter((f) => !KEPT.includes(Number(f.group)));
    const goneZips = before.zips.filter((z) => !KEPT.includes(Number(z.group)));

    const second = await build(few, out);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(
      `đã xoá tệp của ${ALL.length - KEPT.length} thôn không còn trong danh sách`,
    );
    const after = await readManifest(out);
    // Listed: the four thôn of the file, in its order (7 before 10, as the file has them).
    expect(after.zips.map((z) => z.group)).toEqual(KEPT.map(String));
    expect([...new Set(after.files.map((f) => f.group))]).toEqual(KEPT.map(String));
    for (const f of [...gone, ...goneZips])
      expect(existsSync(join(out, f.path)), f.path).toBe(false);
    for (const f of after.files) expect(existsSync(join(out, f.path)), f.path).toBe(true);
    // The emptied folders are gone; the one holding the office's note stays, with the note.
    const folders = (await readdir(out)).filter((n) => !n.startsWith('.'));
    expect(folders.length).toBe(KEPT.length + 4); // + zip, print, manifest.json, the note's folder
    expect(existsSync(join(removedFolder, 'ghi-chu.txt'))).toBe(true);
    expect(existsSync(join(out, 'zip', 'ghi-chu.txt'))).toBe(true);
  });

  it('a group renamed (same id) is said to be renamed, not removed; its files move to the new name', async () => {
    const dir = await makeTempDir('gone-groups-renamed-');
    const out = join(dir, 'out');
    const ids = [1, 2, 3];
    const first = await build(await groupsFile(dir, 'thon-3.csv', ids), out);
    expect(first.code, first.stderr).toBe(0);
    const renamedFile = join(dir, 'thon-3-moi.csv');
    const rows = [HEADER, ...ids.map(row)].map((r) =>
      r.startsWith('2;') ? r.replace('Thôn 2', 'Thôn Kim Long mới') : r,
    );
    await writeFile(renamedFile, `${rows.join('\n')}\n`);
    const second = await build(renamedFile, out);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toContain('không còn trong danh sách');
    expect(second.stdout).toContain('1 thôn đã đổi tên: tệp nằm trong thư mục theo tên mới');
    const after = await readManifest(out);
    expect(after.files.find((f) => f.group === '2')?.path).toMatch(/^thon-kim-long-moi\//);
    expect(existsSync(join(out, 'thon-2'))).toBe(false);
  });

  it('a --group build of part of the ward removes nothing', async () => {
    const dir = await makeTempDir('gone-groups-part-');
    const out = join(dir, 'out');
    const all = await groupsFile(dir, 'thon-10.csv', ALL.slice(0, 4));
    const few = await groupsFile(dir, 'thon-2.csv', [1, 3]);
    const first = await build(all, out);
    expect(first.code, first.stderr).toBe(0);
    const before = await readManifest(out);
    const part = await build(few, out, ['--group', '1']);
    expect(part.code, part.stderr).toBe(0);
    expect(part.stdout).not.toContain('đã xoá');
    for (const f of [...before.files, ...before.zips])
      expect(existsSync(join(out, f.path)), f.path).toBe(true);
  });
});
