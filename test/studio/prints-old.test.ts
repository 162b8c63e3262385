/**
 * "Tệp in cũ" is one rule (prints-old.ts): the campaign list's row and the "In và tải về" tab say
 * the same of one campaign — old after a save that came after the last build began reading,
 * current when the build came after the save, old after a save made while a build ran (after it
 * read its inputs), and current after a CLI build into out/ the studio did not run (the tab went
 * by its own last build's click and called those files old; the list did not). And the bản gốc,
 * drawn by the build from campaign.yaml like the groups' copies: marked old with them after an
 * edit, its PDF still the old text, then drawn again by the next build. A CLI build of one kind
 * (`--kind flyer`) after a save makes those files current, not the notice nor its bản gốc it did
 * not draw (the manifest's one time once called them all current). Over HTTP on loopback.
 */
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { visible } from './results-figures.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const slug = 'hai-phong';
/** The example's signer, in its campaign.yaml: printed at the notice's foot. */
const SIGNER = 'Nguyễn Đức Anh';
const NEW_SIGNER = 'Nguyễn Đức Minh';

describe('“Tệp in cũ” on the campaign list and the build tab', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  let yamlFile: string;
  beforeAll(async () => {
    // One group: the rule is about times, not a ward's size.
    ({ s, c, folder } = await studioWithExample({}, slug, undefined, { groups: 1 }));
    yamlFile = join(folder, 'campaign.yaml');
    expect((await buildAndWait(c, slug)).state).toBe('done');
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  /** Whether the list's row and the tab each say the prints are old. */
  async function seen(): Promise<{ list: boolean; tab: boolean; tabText: string }> {
    const home = (await c.get('/')).text;
    const at = home.indexOf(`href="/c/${slug}"`);
    expect(at).toBeGreaterThanOrEqual(0);
    const row = visible(home.slice(at).split('</li>')[0] ?? '');
    // The row says the day printed either way: old or not is the question.
    expect(row).toMatch(/lần tạo tệp in|đã tạo tệp in/);
    const tabText = plainText((await c.get(`/c/${slug}/build`)).text);
    return { list: row.includes('tệp in cũ'), tab: tabText.includes('Tệp in cũ'), tabText };
  }
  const manifest = async () => {
    const file = join(folder, 'out', 'manifest.json');
    const m = JSON.parse(await readFile(file, 'utf8')) as { builtAt: number };
    return { builtAt: m.builtAt, endedAt: (await stat(file)).mtimeMs };
  };
  /** campaign.yaml's modification time set to `ms`, its text as it is. */
  const savedAt = (ms: number) => utimes(yamlFile, new Date(ms), new Date(ms));

  /** The bản gốc's text, as printed from out/. */
  const originalText = async () =>
    collapseSpaces(await pdfText(join(folder, 'out', 'print', 'notice-ban-goc.pdf')));

  it('printed after the last save: current on both; saved after the print: old on both, the bản gốc too', async () => {
    expect(await seen()).toMatchObject({ list: false, tab: false });
    await writeFile(yamlFile, (await readFile(yamlFile, 'utf8')).replace(SIGNER, NEW_SIGNER));
    const after = await seen();
    expect(after).toMatchObject({ list: true, tab: true });
    // The bản gốc is drawn by the build from campaign.yaml, as the groups' copies are: marked as
    // the files beside it, it still prints the name before the edit.
    expect(after.tabText).toMatch(/Bản gốc: Thông báo[^·]*Tệp in cũ/);
    expect(await originalText()).toContain(SIGNER);
  });

  it('saved while a build ran, after it read its inputs: old on both once it has ended', async () => {
    const { builtAt, endedAt } = await manifest();
    // A save 1 ms after the build began reading, before it wrote its record.
    expect(endedAt).toBeGreaterThan(builtAt + 1);
    await savedAt(builtAt + 1);
    expect(await seen()).toMatchObject({ list: true, tab: true });
    // The same save a moment before the build began: in it.
    await savedAt(builtAt - 1000);
    expect(await seen()).toMatchObject({ list: false, tab: false });
    // The groups file saved during the build, the same (a list uploaded meanwhile).
    const groups = join(folder, 'groups.csv');
    await utimes(groups, new Date(builtAt + 1), new Date(builtAt + 1));
    expect(await seen()).toMatchObject({ list: true, tab: true });
    await utimes(groups, new Date(builtAt - 1000), new Date(builtAt - 1000));
  });

  it('a CLI build into out/ after the save: current on both, though the studio’s own build was older', async () => {
    const { builtAt: studioBuilt } = await manifest();
    // Saved after the studio's build (the signer's new name of the first case, saved again).
    await savedAt(studioBuilt + 500);
    expect(await seen()).toMatchObject({ list: true, tab: true });
    const r = await runCliInProcess(
      buildArgs(yamlFile, join(folder, 'groups.csv'), join(folder, 'out'), '--quiet'),
    );
    expect(r.code, r.stderr).toBe(0);
    expect((await manifest()).builtAt).toBeGreaterThan(studioBuilt + 500);
    const after = await seen();
    expect(after).toMatchObject({ list: false, tab: false });
    // …and the bản gốc drawn again by it, with the name saved.
    expect(after.tabText).toMatch(/Bản gốc: Thông báo/);
    const text = await originalText();
    expect(text).toContain(NEW_SIGNER);
    expect(text).not.toContain(SIGNER);
  });

  it('a CLI build of the flyers alone after a save: the flyers current, the notice and its bản gốc still old on both pages', async () => {
    const { builtAt } = await manifest();
    await savedAt(builtAt + 500);
    const r = await runCliInProcess(
      buildArgs(
        yamlFile,
        join(folder, 'groups.csv'),
        join(folder, 'out'),
        '--quiet',
        '--kind',
        'flyer',
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    const after = await seen();
    // The notice's print file and the bản gốc were read before the save: the list says old.
    expect(after).toMatchObject({ list: true, tab: true });
    // Each file by its own build (the tab lists the print files one a line, "Tên Tệp in cũ n trang").
    const marked = (label: string) =>
      new RegExp(`${label}\\s+Tệp in cũ\\s+\\d+ trang`).test(after.tabText);
    expect(marked('Bản gốc: Thông báo của phường')).toBe(true);
    expect(marked('Thông báo của phường')).toBe(true);
    // The example's flyer is its contest's.
    expect(marked('Tờ rơi cuộc thi')).toBe(false);
    expect(after.tabText).toMatch(/Tờ rơi cuộc thi\s+\d+ trang/);
    expect(after.tabText).toContain('các tệp ghi “Tệp in cũ” dưới đây chưa theo nội dung');
  });
});
