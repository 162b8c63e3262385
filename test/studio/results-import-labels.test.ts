/**
 * The results import names a measure as the office typed it in the campaign, its label, never
 * its id (the studio makes the id from the label; the office never sees it): the note under a
 * column the import does not read, and the refusal of a file with no figure column, list the
 * measures' labels only. Real sockets on loopback, the example campaign's own measures.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, visible } from './results-figures.js';
import type { Client, TestStudio } from './studio.js';
import { studioWithExample } from './studio.js';

const SLUG = 'hai-phong';
const IMPORT = `/c/${SLUG}/results/import`;

describe('the results import names measures by their labels', () => {
  let s: TestStudio;
  let office: Client;
  let measures: { id: string; label: string }[];

  beforeAll(async () => {
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample({ groups: GROUPS }));
    measures = parse(await readFile(join(folder, 'campaign.yaml'), 'utf8')).measures;
    expect(measures.length).toBeGreaterThan(1);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const upload = (name: string, text: string) =>
    office.upload(IMPORT, 'file', name, new TextEncoder().encode(text), {}, IMPORT);

  /** What the page says, and that it names no measure's id. */
  const saysNoId = (page: string) => {
    for (const m of measures) expect(page, m.id).not.toMatch(new RegExp(`\\b${m.id}\\b`));
  };

  it('says a column it does not read with the labels to head it with', async () => {
    const [first] = measures;
    const preview = await upload(
      'so-lieu.csv',
      `Mã tổ;${first?.label};Ghi chú\n1;100;gọi điện\n2;80;\n`,
    );
    expect(preview.status).toBe(200);
    const text = visible(preview.text);
    expect(text).toContain('cột “Ghi chú”');
    const labels = measures.map((m) => `“${m.label}”`).join(', ');
    expect(text).toContain(
      `Muốn báo cáo cột này, đặt tiêu đề cột là tên của một chỉ tiêu: ${labels}.`,
    );
    saysNoId(text);
  });

  it('refuses a file without a figure column naming the labels', async () => {
    const refused = await upload('so-lieu.csv', 'Mã tổ;Ghi chú\n1;gọi điện\n');
    expect(refused.status).toBe(422);
    const text = visible(refused.text);
    expect(text).toContain('Không đọc được tệp so-lieu.csv.');
    for (const m of measures) expect(text).toContain(`“${m.label}”`);
    saysNoId(text);
  });
});
