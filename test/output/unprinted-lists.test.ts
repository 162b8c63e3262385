/**
 * A campaign's hotlines and what to bring, which the tool's flyer prints in sections of its own,
 * with an office's own flyer template made before those fields (examples/tan-dinh's): said at
 * the field's line with the template that lacks them, not printed nowhere unsaid. Read from
 * `check`'s Vietnamese output, as the office reads it.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { templateWithout } from '../support/own-templates.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const EXAMPLE = new URL('../../examples/tan-dinh/', import.meta.url).pathname;
const TOOL_FLYER = new URL('../../templates/flyer.hbs', import.meta.url).pathname;
const TOOL_CHECKLIST = new URL('../../templates/checklist.hbs', import.meta.url).pathname;

/** A copy of examples/tan-dinh (its own flyer.hbs) with these lines added to its campaign. */
async function tanDinhWith(lines: string): Promise<string> {
  const dir = join(await makeTempDir('unprinted-lists-'), 'tan-dinh');
  await cp(EXAMPLE, dir, { recursive: true });
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, `${(await readFile(file, 'utf8')).trimEnd()}\n${lines}`);
  return dir;
}

const LISTS = 'hotlines:\n  - "Công an phường: 028 3820 1234"\nbring:\n  - Thẻ căn cước gắn chip\n';

describe('lists an own flyer template does not print', () => {
  it('are each warned of at their line, naming the template', async () => {
    const dir = await tanDinhWith(LISTS);
    const r = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'));
    expect(r.code, r.stderr).toBe(0);
    const source = (await readFile(join(dir, 'campaign.yaml'), 'utf8')).split('\n');
    for (const [field, item] of [
      ['hotlines', '  - "Công an phường: 028 3820 1234"'],
      ['bring', '  - Thẻ căn cước gắn chip'],
    ]) {
      const line = source.indexOf(item as string) + 1;
      const warning = r.stderr.split('\n').find((l) => l.includes(`mục “${field}”`));
      expect(warning, r.stderr).toContain(`dòng ${line}`);
      expect(warning).toContain(join(dir, 'templates', 'flyer.hbs'));
      expect(warning).toContain('không được in');
      // Said once: not again as a field no paper document prints (output/unprinted-fields.ts).
      expect(r.stderr).not.toContain(`mục “${field}” có nội dung nhưng`);
    }
  });

  it('printed by no document at all, are said once, by the template note alone', async () => {
    const dir = await tanDinhWith(LISTS);
    // The checklist, the other document that prints them, without their sections too.
    await writeFile(
      join(dir, 'templates', 'checklist.hbs'),
      await templateWithout(TOOL_CHECKLIST, /@@ bring-heading\n[\s\S]*?(?=@@ rules-heading)/),
    );
    const r = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'));
    expect(r.code, r.stderr).toBe(0);
    for (const field of ['hotlines', 'bring']) {
      const at = r.stderr.split('\n').filter((l) => l.includes(`mục “${field}”:`));
      expect(at, r.stderr).toHaveLength(2);
      expect(
        at.every((l) => l.includes('không được in trên các tài liệu làm từ')),
        r.stderr,
      ).toBe(true);
      expect(r.stderr).not.toContain(`mục “${field}” có nội dung nhưng`);
    }
  });

  it('are not, once the template has their sections (the tool’s flyer copied in)', async () => {
    const dir = await tanDinhWith(LISTS);
    await cp(TOOL_FLYER, join(dir, 'templates', 'flyer.hbs'));
    const r = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('không được in trên các tài liệu');
  });

  it('are not, with the tool’s own templates', async () => {
    const dir = await tanDinhWith(LISTS);
    await rm(join(dir, 'templates'), { recursive: true });
    const r = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('không được in trên các tài liệu');
  });
});
