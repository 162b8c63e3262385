/**
 * A "|" typed in `when`, `where`, `bring` or `hotlines` (the studio's "việc | tên cột" followed in
 * another field): only an action's line is split at it, these print it as typed — the flyer's
 * box read "Tổ giúp việc Ủy ban bầu cử | 0225.3857.123". `check` warns of each, in Vietnamese, at
 * its file, line and field, with what to write; the build still runs. Inputs: the qa40 election
 * notice (test/fixtures/qa40/bau-cu.yaml), its fields given a "|" each.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVi, runCliInProcess } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/qa40/', import.meta.url));
const GROUPS = join(FIXTURES, 'groups20.csv');
const vi = { env: { LANG: 'vi_VN.UTF-8' } };

const WHEN = '07 giờ 00 | Chủ nhật, ngày 13/12/2026';
const WHERE = '{{group.[Điểm bỏ phiếu]}} | cổng chính';
const BRING = 'Thẻ cử tri | Căn cước';
const HOTLINE = 'Tổ giúp việc Ủy ban bầu cử | 0225.3857.123';

let dir: string;
let file: string;
let text: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-printed-bars-');
  file = join(dir, 'bau-cu.yaml');
  text = (await readFile(join(FIXTURES, 'bau-cu.yaml'), 'utf8'))
    .replace(/^when: .*$/m, `when: "${WHEN}"`)
    .replace(/^where: .*$/m, `where: "${WHERE}"`)
    .replace('  - Thẻ cử tri\n', `  - ${BRING}\n`)
    .replace(/^ {2}- "Tổ giúp việc Ủy ban bầu cử: 0225.3857.123"$/m, `  - "${HOTLINE}"`);
  for (const typed of [WHEN, WHERE, BRING, HOTLINE])
    if (!text.includes(typed)) throw new Error(`the fixture no longer takes ${typed}`);
  await writeFile(file, text);
});
afterAll(removeTempDirs);

describe('a "|" in when, where, bring and hotlines', () => {
  it('check warns of each at its line and field, with what to write, and passes', async () => {
    const r = await checkVi(file, GROUPS);
    const said = collapseSpaces(r.stderr);
    expect(r.code, said).toBe(0);
    expect(said).toContain(
      `cảnh báo: ${file}, dòng ${lineOf(text, WHEN)}, mục “when”: mục “Thời gian” (when) “${WHEN}” có dấu “|”`,
    );
    expect(said).toContain('ví dụ “07 giờ 00, Chủ nhật, ngày 13/12/2026”');
    expect(said).toContain(
      `cảnh báo: ${file}, dòng ${lineOf(text, WHERE)}, mục “where”: mục “Địa điểm” (where) “${WHERE}” có dấu “|”`,
    );
    // The expression is kept whole in what to write.
    expect(said).toContain('ví dụ “{{group.[Điểm bỏ phiếu]}}, cổng chính”');
    expect(said).toContain(
      `cảnh báo: ${file}, dòng ${lineOf(text, BRING)}, mục thứ 1 của “bring”: dòng 1 của “Cần mang theo” (“${BRING}”) có dấu “|”`,
    );
    expect(said).toContain('ví dụ dòng này “Thẻ cử tri”, dòng sau “Căn cước”');
    expect(said).toContain(
      `cảnh báo: ${file}, dòng ${lineOf(text, HOTLINE)}, mục thứ 1 của “hotlines”: dòng 1 của “Số điện thoại cần biết” (“${HOTLINE}”) có dấu “|”`,
    );
    expect(said).toContain('ví dụ “Tổ giúp việc Ủy ban bầu cử: 0225.3857.123”');
    // One warning for the line, not a second one of what it splits into.
    expect(said).not.toContain('không tách được tên nơi cần gọi');
  });

  it('the flyer prints the "|" as typed: what the warning says', async () => {
    const out = join(dir, 'out');
    const r = await runCliInProcess(
      [
        'build',
        '--campaign',
        file,
        '--groups',
        GROUPS,
        '--group',
        '7',
        '--kind',
        'flyer',
        '--out',
        out,
      ],
      vi,
    );
    expect(r.code, r.stderr).toBe(0);
    const flyer = collapseSpaces(await pdfText(join(out, 'to-dan-pho-tan-lap', 'flyer.pdf')));
    expect(flyer).toContain(WHEN);
    expect(flyer).toContain(BRING);
  });
});
