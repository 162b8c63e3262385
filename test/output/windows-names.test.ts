/**
 * An out/ folder built on Linux is copied onto the office's Windows PC or a USB stick for the
 * print shop. Windows refuses a file or folder named after one of its devices — CON, PRN, AUX,
 * NUL, COM1–9, LPT1–9, also with an extension ("con.zip") — and drops a name's trailing dots
 * and spaces. "Cồn" (a river islet) is a common ấp name: it was the folder "con/" and the ZIP
 * "zip/con.zip" (qa39 M2). Every path segment the build writes, and every name inside the ZIPs
 * (the group's and the ward's), must be one Windows makes, and still one a group.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardZipNames } from '../support/ward-zip.js';

afterAll(removeTempDirs);

/** The groups file: names Windows keeps (any case), a trailing dot, the output's own "zip". */
const ROWS = [
  ['1', 'Cồn'],
  ['2', 'Aux'],
  ['3', 'Cồn Nhì'],
  ['4', 'Nul'],
  ['5', 'Com1'],
  ['6', 'LPT1'],
  ['7', 'Prn.'],
  ['8', 'Zip'],
  ['9', 'Con 1'],
  ['Con', 'Cồn'],
];

/** Windows' rule, as Microsoft's "Naming Files, Paths, and Namespaces" states it. */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\s*\..*)?$/i;
const badSegment = (s: string) => DEVICE.test(s) || /[. ]$/.test(s) || s === '';

let dir: string;
let out: string;
let manifest: {
  files: { path: string; group?: string }[];
  zips: { path: string; group?: string }[];
  print: { path: string }[];
};
beforeAll(async () => {
  dir = await makeTempDir('windows-names-');
  await writeFile(join(dir, 'campaign.yaml'), NOTICE_ONLY);
  await writeFile(
    join(dir, 'groups.csv'),
    `Mã,Tên ấp\n${ROWS.map(([id, name]) => `${id},${name}`).join('\n')}\n`,
  );
  out = join(dir, 'out');
  const r = await runCliInProcess(
    buildArgs(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'), out, '--quiet'),
  );
  expect(r.code, r.stderr).toBe(0);
  manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
});

describe('a build for groups named as Windows devices', () => {
  it('writes no path segment Windows refuses, one folder and one ZIP a group', async () => {
    const paths = [...manifest.files, ...manifest.zips, ...manifest.print].map((f) => f.path);
    for (const p of paths)
      for (const segment of p.split('/')) expect(badSegment(segment), p).toBe(false);
    // One folder a group and one ZIP a group, told apart also where Windows ignores case.
    const folders = new Set(manifest.files.map((f) => f.path.split('/')[0]?.toLowerCase()));
    expect(folders.size).toBe(ROWS.length);
    expect(folders.has('zip') || folders.has('print')).toBe(false);
    const zips = new Set(manifest.zips.map((z) => z.path.toLowerCase()));
    expect(zips.size).toBe(ROWS.length);
    // Each still reads as the group's name: "Cồn" in a folder beginning "con".
    const folderOf = (id: string) =>
      manifest.files.find((f) => f.group === id)?.path.split('/')[0] ?? '';
    expect(folderOf('1')).toMatch(/^con-/);
    expect(folderOf('2')).toMatch(/^aux-/);
    expect(folderOf('3')).toBe('con-nhi');
  });

  it("names nothing inside the groups' ZIPs as Windows refuses", async () => {
    for (const z of manifest.zips) {
      const names = Object.keys(unzipSync(new Uint8Array(await readFile(join(out, z.path)))));
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) for (const s of n.split('/')) expect(badSegment(s), n).toBe(false);
    }
  });

  it("gives each group a folder Windows makes in the ward's ZIP", async () => {
    const { names } = await wardZipNames(dir);
    for (const n of names) for (const s of n.split('/')) expect(badSegment(s), n).toBe(false);
    const folders = new Set(names.map((n) => n.split('/')[0]?.toLowerCase()));
    expect(folders.size).toBe(ROWS.length);
    // The folder still names the group as typed: "Aux" is "Aux_", not some other name.
    expect([...folders].some((f) => f?.startsWith('aux'))).toBe(true);
  });
});
