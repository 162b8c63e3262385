/**
 * A tổ formed by a 2025 merger is named as its resolution names it, often 200 characters long.
 * Its files and folders must still open where an office or a leader saves them: every name in
 * the group's ZIP within Linux's 255 bytes and short enough for Windows' 260-character paths,
 * the ZIP extracted by `unzip`, while each document still prints the whole name (qa4: `unzip`
 * said "File name too long").
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { UTF8_ENV } from '../support/exec.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const NAME =
  'Tổ dân phố số 12 (gồm các tổ dân phố số 12, 13, 14 cũ của phường Phú Hội và tổ dân phố số 3 cũ của phường Vĩnh Ninh, khu vực chợ Đông Ba và các tuyến đường Huỳnh Thúc Kháng, Chi Lăng)';

let out: string;
let zips: string[];
beforeAll(async () => {
  const dir = await makeTempDir('long-name-');
  await writeFile(join(dir, 'campaign.yaml'), NOTICE_ONLY);
  await writeFile(join(dir, 'groups.csv'), `STT,Tên tổ dân phố\n12,"${NAME}"\n`);
  out = join(dir, 'out');
  const r = await runCliInProcess(
    buildArgs(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'), out),
  );
  expect(r.code, r.stderr).toBe(0);
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  zips = manifest.zips.map((z: { path: string }) => join(out, z.path));
});
afterAll(removeTempDirs);

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

it('names every file and folder short enough to save anywhere, each with the start of the name', async () => {
  expect(NAME.length).toBeGreaterThan(150);
  const folders = (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory());
  for (const f of folders) expect(bytes(f.name), f.name).toBeLessThanOrEqual(100);
  expect(zips.length).toBe(1);
  const names = Object.keys(unzipSync(new Uint8Array(await readFile(zips[0] ?? ''))));
  expect(names.length).toBeGreaterThan(0);
  for (const n of names) {
    expect(n.length, n).toBeLessThanOrEqual(100);
    expect(bytes(n), n).toBeLessThanOrEqual(255);
    // Still says whose it is and what it is.
    expect(n.startsWith('Tổ dân phố số 12 (gồm các tổ dân phố'), n).toBe(true);
    expect(n).toMatch(/… - .+\.pdf$/);
  }
});

it('extracts with unzip', async () => {
  const into = await makeTempDir('long-name-unzip-');
  await promisify(execFile)('unzip', ['-q', zips[0] ?? '', '-d', into], { env: UTF8_ENV });
  expect((await readdir(into)).length).toBeGreaterThan(0);
});

it('prints the whole name in the document', async () => {
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  const notice = manifest.files.find((f: { kind: string }) => f.kind === 'notice');
  const text = collapseSpaces(await pdfText(join(out, notice.path)));
  expect(text).toContain(collapseSpaces(NAME));
});
