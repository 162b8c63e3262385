/**
 * `phuong-print report` with a data folder (the real SQLite store): a results file is imported
 * as of the time it was saved, so a leader's correction sent after that stays in the report and
 * the file's older figure is named in Vietnamese, not stored; the same file imported again is
 * stored once and said so (qa9 Q3). Figures of groups no longer in the groups file are named on
 * stderr, not dropped without a word, and are in the report again once the list has them (qa9 Q9).
 * What the office reads: stdout, stderr, and report.pdf's text (pdftotext).
 */
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGroups } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { readHistory, recordSubmission } from '../../src/results/results-store.js';
import { openStore } from '../../src/store/open-store.js';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** The example campaign's key (its id in campaign.yaml) and first measure's label. */
const CAMPAIGN = '2025-5-UBND-VHXH';
const JOINED = 'Số người dân tham gia cuộc thi';
const VI = { env: { PHUONG_PRINT_LANG: 'vi' } };

let dir: string;
let data: string;
let groups: Group[];
const file = (name: string) => join(dir, name);

/** A results file of groups 1–4, saved (its modification time) at `saved`. */
async function resultsFile(name: string, joined: number[], saved: Date): Promise<string> {
  const lines = joined.map((n, i) => `${i + 1},${n}`);
  await writeFile(file(name), `Mã tổ,${JOINED}\n${lines.join('\n')}\n`);
  await utimes(file(name), saved, saved);
  return file(name);
}

/** `report` over the example campaign, with the figures of `store`, into `out`. */
const reportWith = (
  store: string,
  out: string,
  args: string[] = [],
  groupsFile = EXAMPLE_GROUPS,
  opts = {},
) =>
  runCliInProcess(
    [
      'report',
      '--campaign',
      EXAMPLE_CAMPAIGN,
      '--groups',
      groupsFile,
      '--data',
      store,
      '--out',
      out,
      ...args,
    ],
    opts,
  );

const report = (args: string[], groupsFile = EXAMPLE_GROUPS, opts = {}) =>
  reportWith(data, file('out'), args, groupsFile, opts);

const reportText = async () => collapseSpaces(await pdfText(join(file('out'), 'report.pdf')));

beforeAll(async () => {
  dir = await makeTempDir();
  data = join(dir, 'data');
  groups = await loadGroups(EXAMPLE_GROUPS);
});

describe('report --results --data', () => {
  it('keeps a leader’s newer correction, says the older figure it does not store, and stores a file once (qa9 Q3)', async () => {
    const monday = await resultsFile(
      'ket-qua.csv',
      [100, 200, 300, 400],
      new Date(Date.UTC(2025, 10, 10, 1)),
    );
    const first = await report(['--results', monday]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`imported the figures of 4 groups from ${monday}`);

    // Group 1's leader corrects its figure on the page, after the file was saved.
    const store = await openStore({ dataDir: data });
    const g1 = groups.find((g) => g.id === '1') as Group;
    const scope = {
      campaign: CAMPAIGN,
      measures: [{ id: 'tham_gia', label: JOINED, of: 'people' as const }],
    };
    await recordSubmission(store.db, scope, {
      group: g1,
      values: { tham_gia: 150 },
      source: 'leader',
      at: new Date(Date.UTC(2025, 10, 12, 2)),
    });
    await store.close();

    // The same file again: nothing stored or said twice.
    const again = await report(['--results', monday]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).not.toContain('imported the figures of');
    expect(again.stdout).toContain(
      `4 groups of ${monday} were imported from this same file before: not stored again`,
    );
    const reopened = await openStore({ dataDir: data });
    const history = await readHistory(reopened.db, CAMPAIGN, '2');
    await reopened.close();
    expect(history.map((h) => h.values)).toEqual([{ tham_gia: 200 }]);
    expect(collapseSpaces(await reportText())).toMatch(/Tổ dân phố số 1 150\b/);

    // Another export, saved before the correction (its figure of group 1 is the old one, of
    // group 2 a new one), imported after it: the correction stays, the file's figure is named.
    const tuesday = await resultsFile(
      'ket-qua-2.csv',
      [100, 220, 300, 400],
      new Date(Date.UTC(2025, 10, 11, 1)),
    );
    const older = await report(['--results', tuesday], EXAMPLE_GROUPS, VI);
    expect(older.code, older.stderr).toBe(0);
    expect(older.stdout).toContain(`đã nhập số liệu của 1 tổ từ ${tuesday}`);
    expect(older.stdout).toContain(`2 tổ trong ${tuesday} có số liệu giống số đã lưu`);
    const warnings = older.stderr.split('\n').filter((l) => l.startsWith('cảnh báo:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(tuesday);
    expect(warnings[0]).toContain(
      `Tổ dân phố số 1 đã có số liệu “${JOINED}” mới hơn (150, gửi lúc 09:00 12/11/2025): giữ số mới, không lưu số 100 trong tệp`,
    );
    expect(older.stderr).toContain('Tệp được lưu lần cuối lúc 08:00 11/11/2025, trước số liệu đó.');
    const text = await reportText();
    expect(text).toMatch(/Tổ dân phố số 1 150\b/);
    expect(text).toMatch(/Tổ dân phố số 2 220\b/);
  });

  it('names the groups with figures that the groups file no longer has, and counts them again once it has (qa9 Q9)', async () => {
    const lines = (await readFile(EXAMPLE_GROUPS, 'utf8')).split('\n');
    // The list without groups 3 and 4 (lines 4 and 5: the header is line 1).
    const fewer = file('groups-fewer.csv');
    await writeFile(fewer, lines.filter((_, i) => i !== 3 && i !== 4).join('\n'));
    const without = await report([], fewer);
    expect(without.code, without.stderr).toBe(0);
    expect(without.stderr).toContain(
      `warning: ${fewer}: 2 groups have figures but are no longer in the groups list: Tổ dân phố số 3 (id 3); Tổ dân phố số 4 (id 4)`,
    );
    expect(without.stderr).toContain('add it back to the groups file with its old id');
    expect(await reportText()).toContain('Số tổ dân phố đã báo cáo: 2/30 tổ.');

    const vi = await report([], fewer, VI);
    expect(vi.stderr).toContain(
      '2 tổ có số liệu nhưng không còn trong danh sách: Tổ dân phố số 3 (mã 3); Tổ dân phố số 4 (mã 4)',
    );

    const all = await report([]);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).not.toContain('no longer in the groups list');
    const text = await reportText();
    expect(text).toContain('Số tổ dân phố đã báo cáo: 4/32 tổ.');
    expect(text).toMatch(/Tổ dân phố số 3 300\b/);
    expect(text).toMatch(/Tổ dân phố số 4 400\b/);
  });

  it('a row with its own time is as of that time, not of the file (qa9 Q3)', async () => {
    // Saved now, but its rows say when they were counted: group 1's before the leader's
    // correction (09:00 12/11/2025), group 2's after the figure stored for it.
    const timed = file('ket-qua-gio.csv');
    await writeFile(
      timed,
      `Mã tổ,${JOINED},Thời gian cập nhật\n1,130,12/11/2025 08:30\n2,240,13/11/2025 10:00\n`,
    );
    const res = await report(['--results', timed], EXAMPLE_GROUPS, VI);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain(`đã nhập số liệu của 1 tổ từ ${timed}`);
    expect(res.stderr).toContain(
      `Tổ dân phố số 1 đã có số liệu “${JOINED}” mới hơn (150, gửi lúc 09:00 12/11/2025): giữ số mới, không lưu số 130 trong tệp`,
    );
    expect(res.stderr).toContain('Thời gian của dòng là 08:30 12/11/2025, trước số liệu đó.');
    const text = await reportText();
    expect(text).toMatch(/Tổ dân phố số 1 150\b/);
    expect(text).toMatch(/Tổ dân phố số 2 240\b/);

    // A time that is none (a day no calendar has) is named at its row and column, and nothing
    // of the file is stored.
    const bad = file('ket-qua-gio-sai.csv');
    await writeFile(bad, `Mã tổ,${JOINED},Thời gian cập nhật\n1,160,31/02/2025\n`);
    const refused = await report(['--results', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `error: ${bad}, row 2, field "Thời gian cập nhật": the day 31/02/2025 is not on the calendar`,
    );
    expect(await reportText()).toMatch(/Tổ dân phố số 1 150\b/);
  });
});

/**
 * A store with no figure of the campaign reported on (a wrong --data, an id changed by hand):
 * the report of "0 groups reported" is said to rest on no figures of it, and what the store
 * holds instead is named (qa10 Q12: it was made without a word).
 */
describe('report --data of a store without this campaign’s figures', () => {
  const reportFrom = (store: string, opts = {}) =>
    reportWith(store, file('out-other'), [], EXAMPLE_GROUPS, opts);

  it('says an empty store holds no figures yet', async () => {
    const empty = join(dir, 'data-empty');
    await (await openStore({ dataDir: empty })).close();
    const r = await reportFrom(empty, VI);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `cảnh báo: tùy chọn --data: kho dữ liệu trong ${empty} chưa có số liệu nào: báo cáo sẽ ghi là chưa tổ dân phố nào báo cáo`,
    );
  });

  it('names the campaigns whose figures it holds instead', async () => {
    const other = join(dir, 'data-other');
    const store = await openStore({ dataDir: other });
    const g1 = groups.find((g) => g.id === '1') as Group;
    const scope = {
      campaign: 'vneid-2026',
      measures: [{ id: 'kich_hoat', label: 'Số người kích hoạt', of: 'people' as const }],
    };
    for (const n of [10, 12])
      await recordSubmission(store.db, scope, {
        group: g1,
        values: { kich_hoat: n },
        source: 'leader',
        at: new Date(Date.UTC(2026, 10, 12, 2)),
      });
    await store.close();
    const r = await reportFrom(other);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `warning: option --data: the data store in ${other} holds no figures of this campaign (“${CAMPAIGN}”), only of other campaigns: “vneid-2026” (2)`,
    );
    expect(r.stderr).toContain("hint: Check --data, and that campaign.yaml's id");
    expect(collapseSpaces(await pdfText(join(file('out-other'), 'report.pdf')))).toContain(
      'Số tổ dân phố đã báo cáo: 0/',
    );
  });
});

describe('report --results --data with a row of empty cells', () => {
  it('says the row has no figure and stores nothing for its group (qa10 Q2)', async () => {
    const store = join(dir, 'data-blank');
    const blank = file('ket-qua-trong.csv');
    await writeFile(blank, `Mã tổ,${JOINED}\n1,50\n4,\n`);
    const r = await reportWith(store, file('out-blank'), ['--results', blank]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`imported the figures of 1 groups from ${blank}`);
    expect(r.stdout).toContain(`1 groups of ${blank} have no figure in the file: nothing stored`);
    expect(r.stdout).not.toContain('already stored');
    const opened = await openStore({ dataDir: store });
    const history = await readHistory(opened.db, CAMPAIGN, '4');
    await opened.close();
    expect(history).toEqual([]);
  });
});

describe('report --data when the list lost its ids’ leading zeros', () => {
  it('names the listed id each reported group now has, and why (qa10 Q1: Excel saving a list as CSV)', async () => {
    const padded = join(dir, 'data-padded');
    const store = await openStore({ dataDir: padded });
    await recordSubmission(
      store.db,
      {
        campaign: CAMPAIGN,
        measures: [{ id: 'tham_gia', label: JOINED, of: 'people' as const }],
      },
      {
        group: { id: '01', name: 'Tổ dân phố số 1', source: { file: 'groups.xlsx', row: 2 } },
        values: { tham_gia: 40 },
        source: 'leader',
        at: new Date(Date.UTC(2025, 10, 12, 2)),
      },
    );
    await store.close();
    const r = await reportWith(padded, file('out-padded'), [], EXAMPLE_GROUPS, VI);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      '1 tổ có số liệu nhưng không còn trong danh sách: Tổ dân phố số 1 (mã 01, danh sách nay ghi “1”)',
    );
    expect(r.stderr).toContain('Mã mất số 0 ở đầu (“01” thành “1”)');
  });
});
