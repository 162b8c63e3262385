/**
 * qa40 M5: a fire drill's campaign with its muster-point map given twice, as the office tried —
 * `assets.map` and a picture in the body. Both are refused, in one run (README: every problem of
 * the file at once; the body's picture was said only once `assets.map` was fixed), and each
 * refusal says what to do instead of a picture no document prints. The input is the QA round's
 * (test/fixtures/qa40/pccc-assets-map.yaml); `check` runs in this process in Vietnamese.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/qa40/', import.meta.url));
const CAMPAIGN = join(FIXTURES, 'pccc-assets-map.yaml');
const GROUPS = join(FIXTURES, 'groups20.csv');

describe('a map under assets and a picture in the body (qa40 M5)', () => {
  it('check reports both, each at its line, with what to do instead of a picture', async () => {
    const text = await readFile(CAMPAIGN, 'utf8');
    const mapLine = lineOf(text, '  map:');
    const pictureLine = lineOf(text, '![');
    const picture = text.split('\n')[pictureLine - 1]?.trim() ?? '?';
    const r = await runCliInProcess(['check', '--campaign', CAMPAIGN, '--groups', GROUPS], {
      env: { LANG: 'vi_VN.UTF-8' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `lỗi: ${CAMPAIGN}, dòng ${mapLine}, mục “assets.map”: “map” không phải là mục của “assets”`,
    );
    expect(r.stderr).toContain(
      `lỗi: ${CAMPAIGN}, dòng ${pictureLine}, mục “notice.body”: nội dung có một hình ảnh (“${picture}”), phần này không in được`,
    );
    // Each says what to do with the map: print it apart, or put it online for a QR code.
    const hint = 'hãy in ảnh (sơ đồ, bản đồ) thành một tờ riêng và phát kèm thông báo';
    expect(r.stderr.split(hint).length - 1).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
