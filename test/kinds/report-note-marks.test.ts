/**
 * The report's notes under the table each have their own mark, and each figure carries exactly
 * the marks of the notes that explain it (qa20 #12: the ward's rate printed "156,6***" for a "*"
 * and a "**" note, and two measures' notes were both "(**)"). Two measures, a group with no
 * households or people in the list (so both ward rates are over the other groups only) and a
 * figure above its group's households; the marks expected are read from the notes as printed.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const HOUSEHOLDS = 'Số hộ đã làm';
const PEOPLE = 'Số người tham gia';
/** The list: households and people; group 4 has neither. */
const GROUPS: [string, number | '', number | ''][] = [
  ['Tổ dân phố số 1', 100, 400],
  ['Tổ dân phố số 2', 200, 800],
  ['Tổ dân phố số 3', 150, 600],
  ['Tổ dân phố số 4', '', ''],
];

const rateOf = (value: number, base: number) =>
  (Math.round((value * 1000) / base) / 10).toFixed(1).replace('.', ',');

/** The report of these figures (per group: households, people), as pdftotext reads it. */
async function reportText(figures: [number, number][]): Promise<string> {
  const dir = await makeTempDir('phuong-print-report-marks-');
  const campaign = join(dir, 'campaign.yaml');
  await writeFile(
    campaign,
    measureCampaign(
      `{ id: ho, label: ${HOUSEHOLDS}, of: households }`,
      `{ id: nguoi, label: ${PEOPLE}, of: people }`,
    ),
  );
  const groups = join(dir, 'groups.csv');
  await writeFile(
    groups,
    `STT;Tên tổ dân phố;Số hộ;Số nhân khẩu\n${GROUPS.map((g, i) => `${i + 1};${g.join(';')}`).join('\n')}\n`,
  );
  const results = join(dir, 'ket-qua.csv');
  await writeFile(
    results,
    `STT;Tên tổ dân phố;${HOUSEHOLDS};${PEOPLE}\n${figures.map(([h, p], i) => `${i + 1};${GROUPS[i]?.[0]};${h};${p}`).join('\n')}\n`,
  );
  const out = join(dir, 'out');
  const r = await runCliInProcess([
    'report',
    ...['--lang', 'vi', '--campaign', campaign, '--groups', groups, '--results', results],
    ...['--date', '2026-03-20', '--out', out, '--confirm'],
  ]);
  expect(r.code, r.stderr).toBe(0);
  return pdfText(join(out, 'report.pdf'), { layout: true });
}

/** The notes under the table, in the order printed: each mark and what it is about. */
function notesOf(text: string) {
  const flat = collapseSpaces(text);
  return [...flat.matchAll(/\((\*+)\) (Số liệu vượt|Tỷ lệ “([^”]+)” của toàn xã)/g)].map((m) => ({
    mark: m[1] ?? '',
    above: m[2] === 'Số liệu vượt',
    measure: m[3],
  }));
}

/** A figure's marks as printed after it: "*", or "(*)(**)" → ["*", "**"]. */
function marksOf(printed: string): string[] {
  const bracketed = [...printed.matchAll(/\((\*+)\)/g)].map((m) => m[1] ?? '');
  return bracketed.length ? bracketed : printed ? [printed] : [];
}

/** Every figure printed with marks: the number and its marks (the notes' own "(*)" left out). */
function markedFigures(text: string) {
  return [...text.matchAll(/(\d[\d.]*,\d%?)((?:\(\*+\))+|\*+)/g)].map((m) => ({
    figure: m[1] ?? '',
    marks: marksOf(m[2] ?? ''),
  }));
}

/** The totals row's two rates with their marks. */
function totalRates(text: string) {
  const line = text.split('\n').find((l) => l.trim().startsWith('Toàn xã')) ?? '';
  const cells = line.trim().split(/\s+/).slice(2);
  return [cells[1] ?? '', cells[3] ?? ''].map((c) => {
    const m = /^([\d.,]+)(.*)$/.exec(c);
    return { rate: m?.[1], marks: marksOf(m?.[2] ?? '') };
  });
}

describe('the report’s note marks (qa20 #12)', () => {
  it('gives each note its own mark and each figure the marks of its notes', async () => {
    // Group 1 reports 120 households of its 100 (confirmed); group 4, with no base, reports both.
    const figures: [number, number][] = [
      [120, 300],
      [150, 500],
      [90, 450],
      [30, 80],
    ];
    const text = await reportText(figures);
    const notes = notesOf(text);
    // One note on the figure above its base, one per measure on its ward rate.
    expect(notes.filter((n) => n.above)).toHaveLength(1);
    expect(notes.filter((n) => !n.above).map((n) => n.measure)).toEqual([HOUSEHOLDS, PEOPLE]);
    // One mark per note: *, **, *** in the order printed.
    expect(notes.map((n) => n.mark)).toEqual(notes.map((_, i) => '*'.repeat(i + 1)));
    const above = notes.find((n) => n.above)?.mark;
    const ratedOf = (label: string) => notes.find((n) => n.measure === label)?.mark;

    // The ward rates over groups 1–3 only: households' holds group 1's figure above its base.
    const [households, people] = totalRates(text);
    expect(households).toEqual({
      rate: rateOf(120 + 150 + 90, 100 + 200 + 150),
      marks: [above, ratedOf(HOUSEHOLDS)],
    });
    expect(people).toEqual({
      rate: rateOf(300 + 500 + 450, 400 + 800 + 600),
      marks: [ratedOf(PEOPLE)],
    });
    // Group 1's rate, in the table (not in the chart: a figure above its base is not ranked,
    // qa21 #9), and the general results' households rate (whose sentence says itself what it
    // is taken over): the above note's mark alone.
    const marked = markedFigures(text);
    const group1 = marked.filter((f) => f.figure.replace('%', '') === rateOf(120, 100));
    expect(group1.length).toBeGreaterThanOrEqual(1);
    for (const f of group1) expect(f.marks).toEqual([above]);
    // Every mark printed by a figure has its note, and every note's mark is used.
    const used = new Set(marked.flatMap((f) => f.marks));
    expect([...used].sort()).toEqual(notes.map((n) => n.mark).sort());
  });

  it('starts from "*" when no figure is above its base', async () => {
    const text = await reportText([
      [90, 300],
      [150, 500],
      [90, 450],
      [30, 80],
    ]);
    const notes = notesOf(text);
    expect(notes.map((n) => [n.mark, n.measure])).toEqual([
      ['*', HOUSEHOLDS],
      ['**', PEOPLE],
    ]);
    const [households, people] = totalRates(text);
    expect(households?.marks).toEqual(['*']);
    expect(people?.marks).toEqual(['**']);
    const used = new Set(markedFigures(text).flatMap((f) => f.marks));
    expect([...used].sort()).toEqual(['*', '**']);
  });
});
