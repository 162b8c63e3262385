/**
 * A campaign's own template that lacks sections its document draws (an empty notice.hbs, a copy
 * with lines lost) stops the build before any file is written, naming the template and every
 * section it lacks at once — not one failure a group, with the group's row given as a line of the
 * template (qa15 2). A template whose missing section the document does without builds.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const TOOL_NOTICE = new URL('../../templates/notice.hbs', import.meta.url);

afterAll(removeTempDirs);

/** Builds groups 1 and 2 of the example with `text` as the campaign's template `name`. */
async function buildWith(text: string, name = 'notice.hbs', kinds = 'notice,flyer') {
  const dir = await makeTempDir();
  const templates = join(dir, 'templates');
  await mkdir(templates);
  await writeFile(join(templates, name), text);
  const out = join(dir, 'out');
  const r = await runCliInProcess([
    'build',
    '--campaign',
    EXAMPLE_CAMPAIGN,
    '--groups',
    EXAMPLE_GROUPS,
    '--templates',
    templates,
    '--kind',
    kinds,
    '--group',
    '1,2',
    '--out',
    out,
    '--lang',
    'vi',
  ]);
  return { r, out, file: join(templates, name) };
}

/** Every `@@ name` line of a template, in order. */
const sectionLines = (text: string) => text.split('\n').filter((l) => /^@@ [\w-]+/.test(l));

describe('a template without the sections its document draws', () => {
  it('an empty notice.hbs: refused before any file, every section of the tool’s template named', async () => {
    const tool = await readFile(TOOL_NOTICE, 'utf8');
    const { r, out, file } = await buildWith('');
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const said = r.stderr.split('\n').filter((l) => l.startsWith('lỗi:'));
    expect(said).toHaveLength(1);
    const names = sectionLines(tool).map((l) => l.split(/\s+/).slice(0, 2).join(' '));
    expect(names.length).toBeGreaterThan(10);
    expect(said[0]).toBe(
      `lỗi: ${file}: mẫu thiếu ${names.length} phần có trong mẫu notice.hbs của phần mềm: ${names.join(', ')}`,
    );
    // No group's row given as a line of the template, no group failed one by one.
    expect(r.stderr).not.toMatch(/dòng \d/);
    expect(r.stderr).not.toContain('không tạo được');
  });

  it('a copy that lost two section lines: both named; one that lost only an optional one builds', async () => {
    const tool = await readFile(TOOL_NOTICE, 'utf8');
    const without = (text: string, ...names: string[]) =>
      text
        .split('\n')
        .filter((l) => !names.some((n) => l.trim() === `@@ ${n}`))
        .join('\n');
    const { r, out, file } = await buildWith(without(tool, 'motto', 'signer-name'));
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain(
      `lỗi: ${file}: mẫu thiếu 2 phần có trong mẫu notice.hbs của phần mềm: @@ motto, @@ signer-name`,
    );
    // The cơ quan chủ quản line is drawn only when there is one: a template may do without it.
    const optional = await buildWith(without(tool, 'issuer-parent'));
    expect(optional.r.code, optional.r.stderr).toBe(0);
    expect(existsSync(join(optional.out, 'to-dan-pho-so-1', 'notice.pdf'))).toBe(true);
  });

  it("names a template's problem met by one group in the template, not at the group's row", async () => {
    const flyer = await readFile(new URL('../../templates/flyer.hbs', import.meta.url), 'utf8');
    const long = 'Mỗi hộ gia đình cùng tham gia cuộc thi để hiểu rõ hơn về pháp luật. '.repeat(120);
    expect(flyer).toContain('@@ dates\n');
    const { r, file } = await buildWith(
      flyer.replace('@@ dates\n', `@@ dates\n${long}\n`),
      'flyer.hbs',
      'flyer',
    );
    expect(r.code).toBe(1);
    const failed = r.stderr.split('\n').filter((l) => l.startsWith('không tạo được'));
    expect(failed.map((l) => l.slice(0, l.indexOf(' kể cả')))).toEqual(
      ['1 (Tổ dân phố số 1)', '2 (Tổ dân phố số 2)'].map(
        (group) => `không tạo được: tổ ${group}: ${file}: nội dung tờ rơi không vừa một trang A5,`,
      ),
    );
    // The part the template made too long is the one named tallest: the title and its lines.
    for (const l of failed) expect(l).toMatch(/tên và các dòng dưới tên, cao \d{3} mm/);
  });
});
