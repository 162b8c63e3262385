/**
 * A city split over machines: shard builds joined back with `merge-manifests` give the same
 * groups, and print files whose pages are in group order again.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltAt } from '../../src/output/manifest.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { qdfOf } from '../support/exec.js';
import { readManifest } from '../support/manifest.js';
import { collapseSpaces, pdfInfo, pdfPageTexts, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** `build --shard s` of `groups` into `out`, with `args`. */
async function buildShard(groups: string, args: string[], s: string, out: string) {
  const r = await runCliInProcess(
    buildArgs(EXAMPLE_CAMPAIGN, groups, out, ...args, '--shard', s, '--quiet'),
  );
  expect(r.code, r.stderr).toBe(0);
  return out;
}

/** `build --shard 1/2` and `2/2` of `groups` into `dir`, then `merge-manifests` into dir/merged. */
async function shardsMerged(dir: string, groups: string, args: string[]) {
  const shard = (s: string) =>
    buildShard(groups, args, s, join(dir, `out-${s.replace('/', 'of')}`));
  const parts = [await shard('1/2'), await shard('2/2')];
  const merged = join(dir, 'merged');
  const r = await runCliInProcess(['merge-manifests', '--out', merged, ...parts]);
  expect(r.code, r.stderr).toBe(0);
  return { parts, merged, stdout: r.stdout };
}

describe('merge-manifests', () => {
  // review59a #6: a shard's or merged manifest has no `builtAt`; its build went through, so it
  // has a time (the studio's list and prints-made read it), not "no build finished".
  it('gives shard and merged outputs the time they were made', async () => {
    const dir = await makeTempDir('phuong-print-merge-time-');
    const groups = join(dir, 'groups.csv');
    await writeFile(groups, 'STT;Tên tổ dân phố\r\n1;Tổ dân phố số 1\r\n2;Tổ dân phố số 2\r\n');
    const before = Date.now() - 1000;
    const { parts, merged } = await shardsMerged(dir, groups, ['--kind', 'flyer']);
    for (const out of [...parts, merged]) {
      const at = await readBuiltAt(out);
      expect(at, out).toBeGreaterThanOrEqual(before);
    }
  });

  it('joins shard outputs into one folder with print files in group order', async () => {
    const dir = await makeTempDir('phuong-print-merge-');
    const groups = join(dir, 'groups.csv');
    const rows = ['STT;Tên tổ dân phố'];
    for (let i = 1; i <= 24; i++) rows.push(`${i};Tổ dân phố số ${i}`);
    await writeFile(groups, `${rows.join('\r\n')}\r\n`);
    const { merged, stdout } = await shardsMerged(dir, groups, ['--kind', 'flyer']);
    expect(stdout).toContain('24 groups');
    const manifest = await readManifest(merged);
    expect(manifest.files.map((f) => f.group)).toEqual(
      Array.from({ length: 24 }, (_, i) => String(i + 1)),
    );
    const print = join(merged, 'print/flyer-all.pdf');
    // The one-page flyer's print file is one-sided (qa39 M1): a page a group, no blank back.
    expect((await pdfInfo(print)).pages).toBe(24);
    const pages = await pdfPageTexts(print);
    for (let i = 0; i < 24; i++)
      expect(collapseSpaces(pages[i] ?? '')).toContain(`Tổ dân phố số ${i + 1} `);
    // As the shards' files, it tells a viewer one side, at actual size (qa39 m1).
    const catalog = await qdfOf(print);
    expect(catalog).toMatch(/\/Duplex \/Simplex/);
    expect(catalog).toMatch(/\/PrintScaling \/None/);
    const text = collapseSpaces(await pdfText(print));
    const at = Array.from({ length: 24 }, (_, i) => text.indexOf(`Tổ dân phố số ${i + 1} `));
    expect(at.every((p, i) => p >= 0 && (i === 0 || p > (at[i - 1] ?? 0)))).toBe(true);
    expect((await pdfInfo(join(merged, manifest.files[0]?.path ?? ''))).pages).toBe(1);
  });

  // review35 #2: each shard prints its groups in the list's row order (qa26 F7); the merge took
  // their pages by id order, so tổ 1 got tổ 10's and 5's pages, lost two of its own, and a
  // blank sheet fell inside its tracker.
  it('takes each group its own pages when the rows are not in id order (trackers with rosters)', async () => {
    const dir = await makeTempDir('phuong-print-merge-rows-');
    const lines = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/\r?\n/);
    // Shard 1/2 gets 8 and 2, shard 2/2 the others; tổ 5 has a roster; page counts differ.
    const order = ['10', '5', '8', '1', '2', '12', '3'];
    const rows = order.map((id) => lines.find((l) => l.startsWith(`${id};`)) ?? '');
    const groups = join(dir, 'groups.csv');
    await writeFile(groups, `${[lines[0], ...rows].join('\r\n')}\r\n`);
    const { parts, merged } = await shardsMerged(dir, groups, [
      '--rosters',
      join(dirname(EXAMPLE_GROUPS), 'rosters'),
      '--kind',
      'tracker',
    ]);
    const manifest = await readManifest(merged);
    expect(manifest.files.map((f) => f.group)).toEqual(order);
    // What the print file should be: each tổ's own PDF, in the rows' order, a blank back after
    // an odd page count (duplex).
    const expected: string[] = [];
    for (const id of order) {
      const own = manifest.files.find((f) => f.group === id);
      const n = (await pdfInfo(join(merged, own?.path ?? ''))).pages;
      for (let k = 1; k <= n; k++) expected.push(`Tổ dân phố số ${id} – … Trang ${k}/${n}`);
      if (n % 2 === 1) expected.push('(blank)');
    }
    const pages = await pdfPageTexts(join(merged, 'print/tracker-all.pdf'));
    const seen = pages.map((p) => {
      const t = collapseSpaces(p);
      if (t.trim() === '') return '(blank)';
      const group = /Tổ dân phố số (\d+) –/.exec(t)?.[1];
      const page = /Trang (\d+\/\d+)/.exec(t)?.[1];
      return `Tổ dân phố số ${group} – … Trang ${page}`;
    });
    expect(seen).toEqual(expected);

    // A manifest from before the print files listed their documents cannot say which order its
    // print file is in: with rows out of id order, the merge refuses rather than cut it wrongly.
    for (const out of parts) {
      const m = await readManifest(out);
      for (const p of m.print) delete p.documents;
      await writeFile(join(out, 'manifest.json'), JSON.stringify(m));
    }
    const old = await runCliInProcess([
      'merge-manifests',
      '--lang',
      'vi',
      '--out',
      join(dir, 'old'),
      ...parts,
    ]);
    expect(old.code).not.toBe(0);
    expect(old.stderr).toContain(
      'không ghi trang của từng tổ nằm ở đâu trong print/tracker-all.pdf',
    );
    expect(old.stderr).toContain('Tạo lại phần này');
  });
});

describe('merge-manifests of shards that share a group', () => {
  it('refuses in one Vietnamese sentence naming the group and both shards, writing nothing', async () => {
    const dir = await makeTempDir('phuong-print-merge-twice-');
    const groups = join(dir, 'groups.csv');
    const rows = ['STT;Tên tổ dân phố'];
    for (let i = 1; i <= 4; i++) rows.push(`${i};Tổ dân phố số ${i}`);
    await writeFile(groups, `${rows.join('\r\n')}\r\n`);
    const shard = (s: string, out: string) => buildShard(groups, ['--kind', 'flyer'], s, out);
    // Shard 1 of 2 built, and built again as 1 of 2 on another machine by mistake (it should
    // have been 2/2): both hold the first half of the groups.
    const first = join(dir, 'may-1');
    const again = join(dir, 'may-2');
    await shard('1/2', first);
    await shard('1/2', again);
    const shared = (await readManifest(again)).files[0]?.group ?? '';
    expect((await readManifest(first)).files.map((f) => f.group)).toContain(shared);
    const merged = join(dir, 'gop');
    const r = await runCliInProcess(['merge-manifests', '--out', merged, first, again], {
      env: { LANG: 'vi_VN.UTF-8' },
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `Tổ dân phố số ${shared} (mã ${shared}) có trong cả hai phần: ${join(first, 'manifest.json')} và ${join(again, 'manifest.json')}`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(existsSync(merged)).toBe(false);
  }, 120_000);
});

describe('merge-manifests of shards it cannot vouch for', () => {
  it('refuses another campaign’s shard, an older version’s and a stopped one’s, naming the files, writing nothing', async () => {
    const dir = await makeTempDir('phuong-print-merge-other-');
    const groups = join(dir, 'groups.csv');
    await writeFile(groups, 'STT;Tên tổ dân phố\r\n1;Tổ dân phố số 1\r\n2;Tổ dân phố số 2\r\n');
    // Another campaign: the example's file copied and given another subject (its name).
    const otherSubject = 'Diễn tập phòng cháy chữa cháy năm 2026';
    const other = join(dir, 'pccc', 'campaign.yaml');
    await mkdir(dirname(other));
    await writeFile(
      other,
      (await readFile(EXAMPLE_CAMPAIGN, 'utf8')).replace(
        /^ {2}subject: .*$/m,
        `  subject: ${otherSubject}`,
      ),
    );
    const ours = join(dir, 'may-1');
    const theirs = join(dir, 'may-2');
    await buildShard(groups, ['--kind', 'flyer'], '1/2', ours);
    const r0 = await runCliInProcess(
      buildArgs(other, groups, theirs, '--kind', 'flyer', '--shard', '2/2', '--quiet'),
    );
    expect(r0.code, r0.stderr).toBe(0);
    const merged = join(dir, 'gop');
    const merge = (...shards: string[]) =>
      runCliInProcess(['merge-manifests', '--lang', 'vi', '--out', merged, ...shards]);
    const refused = (r: { code: number; stderr: string }) => {
      expect(r.code).not.toBe(0);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
      // One sentence and its hint.
      expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
      expect(existsSync(merged)).toBe(false);
      return collapseSpaces(r.stderr);
    };
    const said = refused(await merge(ours, theirs));
    expect(said).toContain(`${join(ours, 'manifest.json')} là của chiến dịch “`);
    expect(said).toContain(
      `còn ${join(theirs, 'manifest.json')} là của một chiến dịch khác, “${otherSubject}” (${other})`,
    );
    expect(said).toContain('Chỉ gộp các phần của cùng một chiến dịch');

    // A shard of an older version, whose manifest does not say its campaign: not merged on trust.
    const m = await readManifest(ours);
    const { campaign: _campaign, ...older } = m;
    await writeFile(join(ours, 'manifest.json'), JSON.stringify(older));
    expect(refused(await merge(ours))).toContain(
      `${join(ours, 'manifest.json')} do phiên bản cũ của phuong-print ghi, không cho biết các tệp trong đó thuộc chiến dịch nào`,
    );
    // A shard build stopped midway: its groups after the stop would be missing from the merge.
    await writeFile(join(ours, 'manifest.json'), JSON.stringify({ ...m, unfinished: true }));
    expect(refused(await merge(ours))).toContain(
      `lần tạo phần ở ${ours} chưa xong (đã dừng hoặc lỗi giữa chừng)`,
    );
    // Its own record again: merged alone.
    await writeFile(join(ours, 'manifest.json'), JSON.stringify(m));
    expect((await merge(ours)).code).toBe(0);
  }, 120_000);
});

describe('merge-manifests of shards built from different versions of the inputs', () => {
  it('refuses shards of an edited campaign, naming both files, writing nothing; a Windows copy of the same files merges', async () => {
    const dir = await makeTempDir('phuong-print-merge-inputs-');
    const groups = join(dir, 'groups.csv');
    await writeFile(groups, 'STT;Tên tổ dân phố\r\n1;Tổ dân phố số 1\r\n2;Tổ dân phố số 2\r\n');
    const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    expect(yaml).not.toContain('\r');
    /** The example campaign as `text` in `folder`, with the groups file as `rows`. */
    const copy = async (folder: string, text: string, rows: string) => {
      await mkdir(join(dir, folder));
      await writeFile(join(dir, folder, 'campaign.yaml'), text);
      await writeFile(join(dir, folder, 'groups.csv'), rows);
      return join(dir, folder);
    };
    // Saved by Notepad on another machine: a BOM and CRLF in campaign.yaml; the list with LF.
    const windows = await copy(
      'windows',
      `\uFEFF${yaml.replace(/\n/g, '\r\n')}`,
      (await readFile(groups, 'utf8')).replace(/\r\n/g, '\n'),
    );
    // One word of the body edited before the second shard was built: the same campaign's name.
    const body = 'Hưởng ứng phong trào';
    expect(yaml).toContain(body);
    const edited = await copy(
      'sua',
      yaml.replace(body, 'Để hưởng ứng phong trào'),
      await readFile(groups, 'utf8'),
    );
    const ours = await buildShard(groups, ['--kind', 'flyer'], '1/2', join(dir, 'may-1'));
    const shardOf = async (folder: string) => {
      const [campaign = '', list = '', out = ''] = ['campaign.yaml', 'groups.csv', 'out'].map((f) =>
        join(folder, f),
      );
      const r = await runCliInProcess(
        buildArgs(campaign, list, out, '--kind', 'flyer', '--shard', '2/2', '--quiet'),
      );
      expect(r.code, r.stderr).toBe(0);
      return join(folder, 'out');
    };
    const merge = (merged: string, ...shards: string[]) =>
      runCliInProcess(['merge-manifests', '--lang', 'vi', '--out', merged, ...shards]);
    const refusedAt = join(dir, 'gop-sua');
    const r = await merge(refusedAt, ours, await shardOf(edited));
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(collapseSpaces(r.stderr)).toContain(
      `${join(ours, 'manifest.json')} và ${join(edited, 'out', 'manifest.json')} được tạo từ hai bản khác nhau của tệp chiến dịch`,
    );
    expect(r.stderr).toContain('gợi ý: Tạo lại mọi phần từ cùng một tệp chiến dịch');
    expect(existsSync(refusedAt)).toBe(false);
    // The same text with other line endings and a BOM: the same inputs, merged.
    const merged = join(dir, 'gop');
    const ok = await merge(merged, ours, await shardOf(windows));
    expect(ok.code, ok.stderr).toBe(0);
    expect((await readManifest(merged)).files.map((f) => f.group)).toEqual(['1', '2']);
  }, 120_000);
});
