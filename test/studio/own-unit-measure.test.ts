/**
 * A measure in a unit of its own (qa51 m1): a clean-up reports the rubbish it collected in kg and
 * the bags it filled, which the form refused ("Phải là people (nhân khẩu), households (hộ), đồng …,
 * nhưng đang là “kg”"). Typed "Rác thu gom | kg" on the campaign form, it is saved, sent by a
 * leader as "95,5", and said with its unit on the office's results and in the report, summed, with
 * no rate. The example's studio over four groups (results-figures.ts GROUPS).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { JOINED, report, studioWithMeasures, visible } from './results-figures.js';
import { Client, type TestStudio } from './studio.js';

const LINES = `${JOINED} | người\nRác thu gom | kg\nSố bao rác | bao`;

let s: TestStudio;
let office: Client;
let folder: string;
let saved: { status: number; text: string };
let links: Map<string, string>;
beforeAll(async () => {
  ({ s, office, folder, saved, links } = await studioWithMeasures(LINES));
  if (saved.status !== 303) return;
  await report(new Client(s.url), links.get('Tổ dân phố số 1') ?? '', {
    'Rác thu gom': '95,5',
    'Số bao rác': '12',
  });
  await report(new Client(s.url), links.get('Tổ dân phố số 2') ?? '', {
    'Rác thu gom': '120',
    'Số bao rác': '8',
  });
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('a measure in its own unit (qa51 m1)', () => {
  it('is saved from the form and shown again as typed', async () => {
    expect(visible(saved.text)).not.toContain('people');
    expect(saved.status).toBe(303);
    const yaml = await readFile(join(folder, 'campaign.yaml'), 'utf8');
    expect(yaml).toMatch(/label: Rác thu gom, of: kg/);
    expect(yaml).toMatch(/label: Số bao rác, of: bao/);
    const box = /<textarea id="f-measures"[^>]*>([^<]*)<\/textarea>/.exec(
      (await office.get('/c/hai-phong')).text,
    )?.[1];
    expect(box).toBe(LINES);
  });

  it('is said with its unit on the leader’s form once saved', async () => {
    const page = visible((await new Client(s.url).get(links.get('Tổ dân phố số 1') ?? '')).text);
    // Each box labelled with its unit, as the tracking sheet's column is (qa55 p4).
    expect(page).toContain('Rác thu gom (kg) Đã lưu: 95,5 kg');
    expect(page).toContain('Số bao rác (bao) Đã lưu: 12 bao');
  });

  it('is summed and said with its unit on the results and in the report, with no rate', async () => {
    const page = visible((await office.get('/c/hai-phong/results')).text);
    expect(page).toContain('Rác thu gom: 215,5 kg');
    expect(page).toContain('Số bao rác: 20 bao');
    const pdf = collapseSpaces(
      await pdfText((await office.get('/c/hai-phong/results/bao-cao.pdf')).bytes),
    );
    expect(pdf).toContain('Rác thu gom: 215,5 kg.');
    expect(pdf).toContain('Rác thu gom (kg)');
    expect(pdf).toContain('20 bao');
    expect(pdf).not.toMatch(/(?:215,5|20) \S+ \/|kg[^.]*tỷ lệ|đồng rác/);
  });
});
