/**
 * A rate far above 100 % (qa24 F7): a tổ reporting ten times its target. The report's chart has
 * a few axis labels, increasing, not one every 20 % up to 1.000 % printed over one another; and
 * the rate has its thousands dot ("1.000,0%", not "1000,0%") wherever it is written: the leader's
 * "Đã lưu" line, Kết quả, the report's table and chart. Expected rates are worked out from the
 * list below.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import {
  leaderLinks,
  officeGroupPath,
  report,
  sendOfficeForm,
  visible,
} from './results-figures.js';
import { Client, studioWithCampaign, type TestStudio } from './studio.js';

const LABEL = 'Số tiền đã vận động';
/** name, target (đồng), reported (đồng). */
const GROUPS = [
  ['Tổ dân phố 1', 15_000_000, 12_500_000],
  ['Tổ dân phố 2', 20_000_000, 10_000_000],
  ['Tổ dân phố 7', 15_000_000, 150_000_000],
] as const;
const vi = (n: number) => n.toLocaleString('de-DE');
const csv = `STT;Tên tổ dân phố;Tổ trưởng;Chỉ tiêu (đồng)\n${GROUPS.map(
  ([name, target], i) => `${i + 1};${name};Nguyễn Văn ${i + 1};${vi(target)}`,
).join('\n')}\n`;
/** A rate as written: tenths, rounded half up, a decimal comma and thousands dots. */
const pct = (value: number, base: number) => {
  const tenths = Math.round((value * 1000) / base);
  return `${vi(Math.floor(tenths / 10))},${tenths % 10}%`;
};
const [, , far] = GROUPS;
const farRate = pct(far[2], far[1]);

let s: TestStudio;
let c: Client;
let leader: Client;
let links: Map<string, string>;
beforeAll(async () => {
  const dir = await makeTempDir('studio-rate-thousands-');
  await writeFile(
    join(dir, 'campaign.yaml'),
    measureCampaign(`{ id: tien, label: ${LABEL}, of: Chỉ tiêu (đồng) }`),
  );
  await writeFile(join(dir, 'groups.csv'), csv);
  ({ s, c } = await studioWithCampaign('quy', [
    join(dir, 'campaign.yaml'),
    join(dir, 'groups.csv'),
  ]));
  leader = new Client(s.url);
  links = await leaderLinks(c, 'quy');
  // 1.000 % of a sum's target is asked about (a zero too many?): the leader confirms it, and
  // the office checks it on the tổ's page, so that the report ranks and charts it.
  for (const [name, , value] of GROUPS) {
    await report(leader, links.get(name) ?? '', { [LABEL]: vi(value) }, true);
  }
  const farPath = await officeGroupPath(c, 'quy', far[0]);
  expect((await sendOfficeForm(c, farPath, {}, { xac_nhan: '1' })).status).toBe(303);
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

describe('a rate ten times the target', () => {
  it('is written with its thousands dot on the leader’s page and on Kết quả', async () => {
    expect(farRate).toBe('1.000,0%');
    const page = visible((await leader.get(links.get(far[0]) ?? '')).text);
    expect(page).toContain(`Đã lưu: ${vi(far[2])} đồng (${farRate}`);
    const tab = visible((await c.get('/c/quy/results')).text);
    expect(tab).toContain(`${vi(far[2])} (${farRate})`);
    expect(page + tab).not.toContain('1000,0');
  });

  it('gives the report’s chart a few increasing axis labels, up to the rate', async () => {
    const said = collapseSpaces(await pdfText((await c.get('/c/quy/results/bao-cao.pdf')).bytes));
    const chart = said.slice(said.indexOf('3. Biểu đồ'));
    // The axis labels: whole percents, no decimal comma (the bars' rates have one).
    const labels = chart.split(' ').filter((w) => /^\d{1,3}(?:\.\d{3})*%$/u.test(w));
    const values = labels.map((l) => Number(l.replace(/[.%]/gu, '')));
    expect(labels[0]).toBe('0%');
    expect(labels.at(-1)).toBe('1.000%');
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.length).toBeLessThanOrEqual(10);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(new Set(values).size).toBe(values.length);
    // The bar's rate and the table's, with the thousands dot.
    expect(chart).toContain(farRate);
    // Name, target (the table's "Chỉ tiêu" column, qa54 p11), figure, rate.
    expect(said).toContain(`${far[0]} ${vi(far[1])} ${vi(far[2])} ${farRate.replace('%', '')}`);
    expect(said).not.toContain('1000,0');
  });
});
