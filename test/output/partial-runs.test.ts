/**
 * Runs of part of a ward, as the office makes them between whole builds: `--kind notice` after a
 * whole build, `--group 1` after one group's row changed. What each group's ZIP holds and what the
 * ward's print files say must still match the group's documents (README: one ZIP per group with
 * all its documents; print/<kind>-all.pdf: every group's pages).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/output/build.js';
import { readManifest } from '../support/manifest.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { leaderName, wardCsv as wardRows } from '../support/ward.js';

let dir: string;
let groups: string;
const GROUPS = 3;
const KINDS = ['notice', 'flyer', 'tracker'];

/**
 * The synthetic ward with a dozen households a group: its tracking sheets one page each (150 to
 * 500 households are ten pages of blank rows, which what a partial run remakes does not need).
 */
const wardCsv = (n: number, leaderOf?: (i: number) => string) =>
  wardRows(n, leaderOf).replace(/^(\d+;(?:[^;]*;){4})\d+;/gm, (_, row: string) => `${row}12;`);

const run = (out: string, extra: { kinds?: string[]; groupIds?: string[] } = {}) =>
  build({ campaign: EXAMPLE_CAMPAIGN, groups, out, kinds: KINDS, jobs: 1, ...extra });
const zipNames = async (out: string, slug: string) =>
  Object.keys(unzipSync(new Uint8Array(await readFile(join(out, 'zip', `${slug}.zip`)))));

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-partial-');
  groups = join(dir, 'groups.csv');
  await writeFile(groups, wardCsv(GROUPS));
});
afterAll(removeTempDirs);

describe('a --kind run after a whole build', () => {
  it("keeps every document in each group's ZIP, and rewrites no ZIP when nothing changed", async () => {
    const out = join(dir, 'kind');
    await run(out);
    const slug = 'to-dan-pho-so-2';
    const whole = await zipNames(out, slug);
    expect(whole).toHaveLength(KINDS.length);
    const before = await readFile(join(out, 'zip', `${slug}.zip`));
    const again = await run(out, { kinds: ['notice'] });
    expect(again.zips).toEqual([]);
    expect((await readFile(join(out, 'zip', `${slug}.zip`))).equals(before)).toBe(true);
    // The notice changes (another signer): the ZIP is remade, still with all three documents.
    const campaign = join(dir, 'campaign.yaml');
    const text = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    await writeFile(campaign, text.replace('name: Nguyễn Đức Anh', 'name: Trần Thị Bích'));
    const changed = await build({ campaign, groups, out, kinds: ['notice'], jobs: 1 });
    expect(changed.zips.map((z) => z.path)).toContain(`zip/${slug}.zip`);
    expect((await zipNames(out, slug)).sort()).toEqual([...whole].sort());
  });
});

describe('a --group run after one group changed', () => {
  const renamed = (changed: Record<number, string>) => (i: number) => changed[i] ?? leaderName(i);

  it("remakes the ward's print files in step, from the other groups' kept pages", async () => {
    const out = join(dir, 'group');
    await run(out);
    const before = leaderName(1);
    await writeFile(groups, wardCsv(GROUPS, renamed({ 1: 'Phạm Văn Đổi' })));
    const r = await run(out, { groupIds: ['1'] });
    expect(r.print.map((p) => p.path).sort()).toEqual(
      KINDS.map((k) => `print/${k}-all.pdf`).sort(),
    );
    const tracker = collapseSpaces(await pdfText(join(out, 'print', 'tracker-all.pdf')));
    expect(tracker).toContain('Phạm Văn Đổi');
    expect(tracker).not.toContain(before);
    // Every other group is still in it.
    for (const i of [2, 3]) expect(tracker).toContain(leaderName(i));
    // Nothing is left for a whole build to do.
    const whole = await run(out);
    expect(whole.written).toEqual([]);
    expect(whole.print).toEqual([]);
    expect((await readManifest(out)).print).toHaveLength(KINDS.length);
  });

  it('leaves them, and says so, when other groups changed too', async () => {
    const out = join(dir, 'group-behind');
    await writeFile(groups, wardCsv(GROUPS));
    await run(out);
    await writeFile(groups, wardCsv(GROUPS, renamed({ 1: 'Phạm Văn Đổi', 2: 'Lý Thị Xuân' })));
    const r = await run(out, { groupIds: ['1'] });
    expect(r.print).toEqual([]);
    const said = r.warnings.map((w) => w.message).join('\n');
    for (const k of KINDS) expect(said).toContain(`print/${k}-all.pdf`);
    expect(said).toMatch(/not remade/);
    // The print file still holds what group 2's own file says; a whole build brings both along.
    expect(collapseSpaces(await pdfText(join(out, 'print', 'tracker-all.pdf')))).toContain(
      leaderName(2),
    );
    const whole = await run(out);
    expect(whole.print).toHaveLength(KINDS.length);
    const tracker = collapseSpaces(await pdfText(join(out, 'print', 'tracker-all.pdf')));
    expect(tracker).toContain('Lý Thị Xuân');
    expect(tracker).toContain('Phạm Văn Đổi');
  });
});

describe('a row renamed, or renumbered after a deleted row', () => {
  const rows = () => wardCsv(GROUPS).split('\r\n');
  const written = (lines: string[]) => writeFile(groups, lines.join('\r\n'));
  const exists = (p: string) =>
    readFile(p).then(
      () => true,
      () => false,
    );

  it("zips the group's documents once, under its new folder, and drops the old folder", async () => {
    const out = join(dir, 'renamed');
    await written(rows());
    await run(out);
    const lines = rows();
    lines[2] = (lines[2] ?? '').replace('Tổ dân phố số 2', 'Tổ dân phố Hai Bà');
    await written(lines);
    await run(out);
    const names = await zipNames(out, 'to-dan-pho-hai-ba');
    expect(names).toHaveLength(KINDS.length);
    expect(new Set(names).size).toBe(KINDS.length);
    const m = await readManifest(out);
    expect([...m.files, ...m.zips].filter((f) => f.path.includes('to-dan-pho-so-2'))).toEqual([]);
    expect(await exists(join(out, 'to-dan-pho-so-2', 'notice.pdf'))).toBe(false);
    expect(await exists(join(out, 'to-dan-pho-hai-ba', 'notice.pdf'))).toBe(true);
  });

  it("keeps a renumbered group's files and removes the deleted one's", async () => {
    const out = join(dir, 'renumbered');
    await written(rows());
    await run(out);
    // Row 2 deleted; row 3 takes its number.
    const lines = rows();
    const third = (lines[3] ?? '').replace(/^3;/, '2;');
    await written([lines[0] ?? '', lines[1] ?? '', third, '']);
    await run(out);
    const m = await readManifest(out);
    expect(m.files.filter((f) => f.group === '2').map((f) => f.path.split('/')[0])).toEqual(
      KINDS.map(() => 'to-dan-pho-so-3'),
    );
    expect(await exists(join(out, 'to-dan-pho-so-3', 'notice.pdf'))).toBe(true);
    expect(await exists(join(out, 'zip', 'to-dan-pho-so-3.zip'))).toBe(true);
    expect(await exists(join(out, 'to-dan-pho-so-2', 'notice.pdf'))).toBe(false);
  });
});
