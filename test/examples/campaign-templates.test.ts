/**
 * A campaign's own templates: the `templates/` folder beside campaign.yaml, or --templates, in
 * `build` (the command's code in this process, runCliInProcess). A template there replaces
 * the tool's for its kind only; the incremental build sees the template actually used, and a
 * groups file's extra columns as part of each group's row.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const SEED = fileURLToPath(new URL('../../examples/hai-phong/', import.meta.url));
const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const WORDING = 'Tờ rơi riêng của chiến dịch';

let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-own-templates-');
  await copyFile(join(SEED, 'campaign.yaml'), join(dir, 'campaign.yaml'));
  await copyFile(join(SEED, 'groups.csv'), join(dir, 'groups.csv'));
});
afterAll(removeTempDirs);

const build = (out: string, extra: string[] = []) =>
  runCliInProcess([
    'build',
    '--campaign',
    join(dir, 'campaign.yaml'),
    '--groups',
    join(dir, 'groups.csv'),
    '--out',
    out,
    '--kind',
    'notice,flyer',
    '--group',
    '5',
    '--json',
    ...extra,
  ]);

const summary = (stdout: string) => JSON.parse(stdout) as { built: number; reused: number };
const flyerText = async (out: string) =>
  collapseSpaces(await pdfText(await readFile(join(out, 'to-dan-pho-so-5', 'flyer.pdf'))));

describe("a campaign's templates folder", () => {
  it('overrides its kinds only, and a re-run rebuilds exactly what its templates changed', async () => {
    const out = join(dir, 'out');
    const first = await build(out);
    expect(first.code, first.stderr).toBe(0);
    expect(summary(first.stdout).built).toBe(2);
    expect(await flyerText(out)).not.toContain(WORDING);

    // A flyer template beside campaign.yaml: found by itself, no option needed.
    const flyer = await readFile(join(TEMPLATES, 'flyer.hbs'), 'utf8');
    await mkdir(join(dir, 'templates'), { recursive: true });
    await writeFile(
      join(dir, 'templates', 'flyer.hbs'),
      flyer.replace('@@ steps-heading\n', `@@ steps-heading\n${WORDING} – `),
    );
    const second = await build(out);
    expect(second.code, second.stderr).toBe(0);
    expect(summary(second.stdout)).toMatchObject({ built: 1, reused: 1 });
    expect(await flyerText(out)).toContain(WORDING);
  });

  it("--templates names another folder, which wins over the campaign's", async () => {
    const other = await makeTempDir('phuong-print-other-templates-');
    const flyer = await readFile(join(TEMPLATES, 'flyer.hbs'), 'utf8');
    await writeFile(
      join(other, 'flyer.hbs'),
      flyer.replace('@@ steps-heading\n', '@@ steps-heading\nTờ rơi từ thư mục khác – '),
    );
    const out = join(dir, 'out-other');
    const r = await build(out, ['--templates', other]);
    expect(r.code, r.stderr).toBe(0);
    const text = await flyerText(out);
    expect(text).toContain('Tờ rơi từ thư mục khác');
    expect(text).not.toContain(WORDING);
  });
});

describe('an extra groups column', () => {
  it("is part of its group's row: a changed cell rebuilds that group's notice only", async () => {
    const example = fileURLToPath(new URL('../../examples/tan-dinh/', import.meta.url));
    const ward = await makeTempDir('phuong-print-extra-column-');
    await copyFile(join(example, 'campaign.yaml'), join(ward, 'campaign.yaml'));
    // The example's first four khu phố: which notice a changed cell rebuilds does not depend on
    // how many others are reused.
    const csv = `${(await readFile(join(example, 'groups.csv'), 'utf8')).split('\n').slice(0, 5).join('\n')}\n`;
    const groups = csv.trim().split('\n').length - 1;
    await writeFile(join(ward, 'groups.csv'), csv);
    const out = join(ward, 'out');
    const run = () =>
      runCliInProcess([
        'build',
        '--campaign',
        join(ward, 'campaign.yaml'),
        '--groups',
        join(ward, 'groups.csv'),
        '--out',
        out,
        '--kind',
        'notice',
        '--json',
      ]);
    const first = await run();
    expect(first.code, first.stderr).toBe(0);
    expect(summary(first.stdout).built).toBe(groups);
    // Khu phố 3's training moves to another day: its "Ngày tập huấn" cell, nothing else.
    const moved = csv.replace(';sáng 11/03/2026\n', ';chiều 21/03/2026\n');
    expect(moved).not.toBe(csv);
    await writeFile(join(ward, 'groups.csv'), moved);
    const second = await run();
    expect(second.code, second.stderr).toBe(0);
    expect(summary(second.stdout)).toMatchObject({ built: 1, reused: groups - 1 });
    const notice = collapseSpaces(
      await pdfText(await readFile(join(out, 'khu-pho-3', 'notice.pdf'))),
    );
    expect(notice).toContain('vào chiều 21/03/2026');
  });
});
