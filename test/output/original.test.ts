/**
 * The ward's one unmarked notice (qa42 F10): beside each group's copy marked "Bản gửi: <group>",
 * a build of the notice writes `print/notice-ban-goc.pdf` — no group's mark, the text every
 * recipient gets, listed in the manifest, signed once with --sign and not signed again by a
 * re-run; a notice addressed to each group ("Trưởng {{group.name}}") has no one text, and the
 * build says so at the field's line.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeSignerP12 } from '../support/certificates.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { execTool } from '../support/exec.js';
import { readManifest } from '../support/manifest.js';
import { collapseSpaces, pdfInfo, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa42-original/${name}`, import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/hai-phong/campaign.yaml', import.meta.url));
const GROUPS = fixture('groups.csv');
const ORIGINAL = 'print/notice-ban-goc.pdf';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-original-');
});
afterAll(removeTempDirs);

function build(campaign: string, out: string, extra: string[] = [], env = {}) {
  return runCliInProcess(
    [...buildArgs(campaign, GROUPS, out, '--kind', 'notice', '--quiet', '--lang', 'vi'), ...extra],
    { env },
  );
}

describe('the unmarked notice (bản gốc)', () => {
  it('is written once, without any group\'s "Bản gửi", with the text every copy has', async () => {
    const out = join(dir, 'example');
    const r = await build(EXAMPLE, out);
    expect(r.code, r.stderr).toBe(0);
    const campaign = parse(await readFile(EXAMPLE, 'utf8'));
    const text = collapseSpaces(await pdfText(join(out, ORIGINAL)));
    expect(text).not.toContain('Bản gửi');
    // The example's notice number 5, symbol UBND-VHXH: Decree 30 writes a number below 10 with
    // its leading zero.
    expect(text).toContain('Số: 05/UBND-VHXH');
    for (const recipient of campaign.notice.recipients as string[])
      expect(text).toContain(recipient.replace(/[;.]$/, ''));
    // Each group's copy stays marked with its group.
    const groupCopy = collapseSpaces(await pdfText(join(out, 'to-dan-pho-so-2/notice.pdf')));
    expect(groupCopy).toContain('Bản gửi: Tổ dân phố số 2');
    // Listed in the manifest, with its pages, size and hash as on disk.
    const m = await readManifest(out);
    const bytes = await readFile(join(out, ORIGINAL));
    const info = await pdfInfo(bytes);
    expect(m.original).toMatchObject({
      kind: 'notice',
      path: ORIGINAL,
      group: '1',
      pages: info.pages,
      bytes: bytes.length,
      sha256: sha256(bytes),
    });
    // Its title names no group.
    expect(info.title).toBe('Công văn số 05/UBND-VHXH (bản gốc)');
    // One text for every group: nothing to warn of.
    expect(r.stderr).not.toContain('khác nhau theo từng');
  });

  it('says which field makes the text differ by group, at its line', async () => {
    const out = join(dir, 'per-group');
    const campaignFile = fixture('per-group.yaml');
    const r = await build(campaignFile, out);
    expect(r.code, r.stderr).toBe(0);
    const lines = (await readFile(campaignFile, 'utf8')).split('\n');
    const line = lines.findIndex((l) => l.includes('{{group.name}}')) + 1;
    expect(r.stderr).toContain(
      `dòng ${line}, mục “notice.recipients”: nội dung văn bản khác nhau theo từng tổ`,
    );
    expect(r.stderr).toContain('là nội dung gửi Tổ dân phố số 1');
    const text = collapseSpaces(await pdfText(join(out, ORIGINAL)));
    expect(text).toContain('Kính gửi: Trưởng Tổ dân phố số 1');
    expect(text).not.toContain('Bản gửi');
  });

  it('is signed once with --sign, and a re-run keeps it as signed', async () => {
    const out = join(dir, 'signed');
    const cert = await makeSignerP12(dir);
    const env = { PHUONG_PRINT_SIGN_PASSWORD: cert.password };
    const r = await build(EXAMPLE, out, ['--sign', cert.file], env);
    expect(r.code, r.stderr).toBe(0);
    const sig = await execTool('pdfsig', [join(out, ORIGINAL)]);
    expect(sig.stdout.match(/^Signature #\d+:/gm)).toHaveLength(1);
    expect(sig.stdout).toContain('Total document signed');
    const first = sha256(await readFile(join(out, ORIGINAL)));
    const again = await build(EXAMPLE, out, ['--sign', cert.file], env);
    expect(again.code, again.stderr).toBe(0);
    expect(sha256(await readFile(join(out, ORIGINAL)))).toBe(first);
  });
});
