/**
 * `--sign` with a certificate whose key is not RSA (ECDSA P-256, as openssl makes one): the
 * program refuses it in Vietnamese — the file, the key's type, that only RSA certificates sign,
 * what to ask the certificate authority for — with exit 1, in `check` and in `build`, and writes
 * nothing (it crashed with a TypeError, exit 70): the build by the real program, the check by the
 * command's code in this process (runCliInProcess: the same exit code and output). The .p12 is
 * made by openssl in the test; where there is no openssl, test/fixtures/certificates/ec-p256.p12
 * is the same (made so, valid to 2125).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCli, runCliInProcess } from '../support/cli.js';
import { execTool } from '../support/exec.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const PASSWORD = 'matkhau123';
const FIXTURE = fileURLToPath(new URL('../fixtures/certificates/ec-p256.p12', import.meta.url));
const VIETNAMESE = { LANG: 'vi_VN.UTF-8', PHUONG_PRINT_SIGN_PASSWORD: PASSWORD };

let dir: string;
let p12: string;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-ec-');
  p12 = join(dir, 'chu-tich-ec.p12');
  const key = join(dir, 'ec.key');
  const cert = join(dir, 'ec.pem');
  const made = await execTool('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '30',
    '-nodes',
    '-subj',
    '/CN=Tran Van EC',
  ]).catch(() => undefined);
  if (made?.code === 0) {
    const exported = await execTool('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      key,
      '-in',
      cert,
      '-out',
      p12,
      '-passout',
      `pass:${PASSWORD}`,
    ]);
    if (exported.code === 0) return;
  }
  p12 = FIXTURE;
});

const refusal = (stderr: string) => {
  expect(stderr).toContain(
    `lỗi: ${p12}, tùy chọn --sign: khoá của chứng thư số là loại ECDSA: chỉ ký được bằng chứng thư số dùng khoá RSA`,
  );
  expect(stderr).toMatch(/^gợi ý: .*cấp chứng thư số dùng khoá RSA/m);
  expect(stderr).not.toMatch(/TypeError|internal error|lỗi nội bộ|\n\s+at /);
};

describe('--sign with an ECDSA certificate', () => {
  it('check: refused in Vietnamese, naming the file and the key type, exit 1', async () => {
    // The command here (the same exit code and output; a TypeError would reject the run); the
    // real program below, whose crash was exit 70.
    const r = await runCliInProcess(
      // The notice, the kind that is signed: the other kinds' trial layouts are not what is said.
      [
        'check',
        '--campaign',
        EXAMPLE_CAMPAIGN,
        '--groups',
        EXAMPLE_GROUPS,
        '--kind',
        'notice',
        '--sign',
        p12,
      ],
      { env: VIETNAMESE },
    );
    refusal(r.stderr);
    expect(r.code).toBe(1);
  });

  it('build: refused the same, nothing written', async () => {
    const out = join(dir, 'out');
    const r = await runCli(
      [...buildArgs(EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, out, '--kind', 'notice'), '--sign', p12],
      { env: VIETNAMESE },
    );
    refusal(r.stderr);
    expect(r.code).toBe(1);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });
});
