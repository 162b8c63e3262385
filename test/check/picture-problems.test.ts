/**
 * qa40 M5: a fire drill's campaign with its muster-point map given twice, as the office tried —
 * `assets.map` (its file not copied beside campaign.yaml) and a picture in the body. Both are
 * refused, in one run (README: every problem of the file at once; the body's picture was said
 * only once `assets.map` was fixed), and the body's picture is told to go under `assets.map`.
 * The input is the QA round's (test/fixtures/qa40/pccc-assets-map.yaml); `check` runs in this
 * process in Vietnamese.
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
      `lỗi: ${CAMPAIGN}, dòng ${mapLine}, mục “assets.map”: không có tệp “so-do-tap-ket.png” trong thư mục ${FIXTURES.replace(/\/$/, '')}`,
    );
    expect(r.stderr).toContain(
      `lỗi: ${CAMPAIGN}, dòng ${pictureLine}, mục “notice.body”: nội dung có một hình ảnh (“${picture}”), phần này không in được`,
    );
    // The body's picture is told where a picture prints: under assets, as map.
    expect(r.stderr).toContain('Hình ảnh chỉ in được khi ghi ở mục “assets”: hãy ghi “map:');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
