/**
 * The tracking sheet's rate line counts what the campaign's first measure counts (qa5 G2): a
 * household campaign (a fire-safety check, "Số hộ đã được kiểm tra | hộ") asked each leader for
 * "……… người / 702 nhân khẩu" on a sheet whose rows are households, and the figure written there
 * was not the one the ward's ranking computes. Read from the sheet's text (pdftotext).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tracker } from '../../src/kinds/tracker.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, exampleInputs, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** The example campaign with its measures replaced by `measures` (YAML lines). */
async function withMeasures(measures: string[]) {
  const dir = await makeTempDir('phuong-print-tracker-rate-');
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  const start = yaml.indexOf('\nmeasures:\n');
  if (start < 0) throw new Error('the example has no measures');
  const rest = yaml.slice(start + '\nmeasures:\n'.length);
  const end = rest.search(/\n(?! {2}- )/);
  const path = join(dir, 'campaign.yaml');
  await writeFile(
    path,
    `${yaml.slice(0, start)}\nmeasures:\n${measures.join('\n')}${rest.slice(end)}`,
  );
  return (await loadCampaign(path)).campaign;
}

const sheetText = async (measures: string[]) => {
  const group = (await exampleInputs()).groups[0] as Group;
  const { bytes } = await renderFor(tracker, await withMeasures(measures), group);
  return { group, text: collapseSpaces(await pdfText(bytes)) };
};

describe("the tracking sheet's rate line", () => {
  it("counts households over the group's households when the first measure counts households", async () => {
    const { group, text } = await sheetText([
      '  - { id: kiem_tra, label: Số hộ đã được kiểm tra, of: households }',
      '  - { id: binh_chua_chay, label: Số hộ có bình chữa cháy, of: households }',
    ]);
    const households = (group.households ?? 0).toLocaleString('vi-VN');
    expect(text).toContain(`Số hộ đã được kiểm tra: ……… hộ / ${households} hộ = ……… %`);
    expect(text).not.toContain('nhân khẩu =');
    expect(text).not.toContain('*');
  });

  it('counts people over the population when the first measure counts people', async () => {
    const { group, text } = await sheetText([
      '  - { id: tham_gia, label: Số người tham gia, of: people }',
      '  - { id: cai_app, label: Số hộ cài ứng dụng, of: households }',
    ]);
    const population = (group.population ?? 0).toLocaleString('vi-VN');
    // Named by the measure, as a household measure's line is (qa17: "Tỷ lệ tham gia" for a
    // VNeID activation or a vote).
    expect(text).toContain(`Số người tham gia: ……… người / ${population} nhân khẩu = ……… %`);
  });
});
