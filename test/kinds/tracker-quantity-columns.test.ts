/**
 * A clean-up day's tracking sheet (qa54 M1, p2): the campaign of test/fixtures/qa54-cnx, as the
 * QA round wrote it, counts people, then "Khối lượng rác thu gom (kg)" (no `of`) and "Số bao rác
 * thu gom (bao)" (`of: bao`). The sheet told the leader to write "số tiền hộ đã nộp" in the kg and
 * bag columns, and its total lines said "(bao)" twice; written with `of: kg` and no bracket, the
 * column gave no unit at all.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa54-cnx/${name}`, import.meta.url));

/** The measures' labels, as the campaign gives them. */
const KG = 'Khối lượng rác thu gom (kg)';
const BAGS = 'Số bao rác thu gom (bao)';
const SLUG = 'to-dan-pho-1';

let asGiven: TextBuild;
let ofKg: TextBuild;
beforeAll(async () => {
  const yaml = await readFile(fixture('campaign.yaml'), 'utf8');
  const lines = (await readFile(fixture('groups.csv'), 'utf8')).split(/\r?\n/);
  const groups = [lines[0], lines[1], ''].join('\n');
  asGiven = await buildCampaignText(yaml, groups, 'tracker');
  // The studio's way of writing the same measure: its unit after the "|", none in the label.
  const kgOwn = yaml.replace(
    `{ id: rac_kg, label: ${KG} }`,
    '{ id: rac_kg, label: Khối lượng rác thu gom, of: kg }',
  );
  expect(kgOwn).not.toBe(yaml);
  ofKg = await buildCampaignText(kgOwn, groups, 'tracker');
}, 120_000);
afterAll(removeTempDirs);

describe('a clean-up day’s kg and bag columns (qa54 M1)', () => {
  it('tells the leader to write each household’s kg and bags, not money', async () => {
    for (const built of [asGiven, ofKg]) {
      expect(built.code, built.stderr).toBe(0);
      const text = await built.text(SLUG, 'tracker');
      expect(text).toContain(`Cột “${KG}”: ghi số kg của từng hộ.`);
      expect(text).toContain(`Cột “${BAGS}”: ghi số bao của từng hộ.`);
      expect(text).not.toContain('số tiền');
      // The columns themselves, with their units, on the sheet's header (two lines a title).
      expect(text).toContain(
        'Khối lượng rác Số bao rác quanh nhà rác ra thu gom (kg) thu gom (bao)',
      );
    }
  });

  it('says each total once in its unit (qa54 p2)', async () => {
    const text = await asGiven.text(SLUG, 'tracker');
    expect(text).toContain('Khối lượng rác thu gom: ……… kg');
    expect(text).toContain('Số bao rác thu gom: ……… bao');
    expect(text).not.toContain('(bao): ………');
  });
});
