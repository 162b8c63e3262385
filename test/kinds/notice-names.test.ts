/**
 * Names kept together: the group's name, its leader's and the ward's, inserted into the notice's
 * body at every position along a line, are never split across two lines of the extracted text
 * (pdftotext), yet copy back with ordinary spaces.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, exampleInputs, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let dir: string;
let yaml: string;
let groups: Group[];

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-notice-names-');
  yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  groups = (await exampleInputs()).groups;
});
afterAll(removeTempDirs);

/** Paragraphs that put the names after 0…29 short words, so they land all along the line. */
const BODY = Array.from(
  { length: 30 },
  (_, k) =>
    `${'Đề nghị '.repeat(k)}{{issuer.ward}} và {{group.name}} (Tổ trưởng: {{group.leader}}) phối hợp thực hiện.`,
).join('\n\n');

it('keeps every name of the group and the ward on one line', async () => {
  const start = yaml.indexOf('  body: |\n');
  const end = yaml.indexOf('\n  signer:', start);
  expect(start).toBeGreaterThan(0);
  const indented = BODY.split('\n')
    .map((l) => (l ? `    ${l}` : ''))
    .join('\n');
  const path = join(dir, 'campaign.yaml');
  await writeFile(path, `${yaml.slice(0, start)}  body: |\n${indented}\n${yaml.slice(end)}`);
  const { campaign } = await loadCampaign(path);
  const split: string[] = [];
  for (const group of groups.slice(0, 3)) {
    const text = await pdfText((await renderFor(notice, campaign, group)).bytes);
    expect(text).not.toContain('\u00a0');
    const joined = text.replace(/\s+/g, ' ');
    for (const name of [campaign.issuer.ward, group.name, group.leader ?? '']) {
      const whole = joined.split(name).length - 1;
      const onOneLine = text.split(name).length - 1;
      expect(whole).toBeGreaterThanOrEqual(30);
      if (onOneLine !== whole) split.push(`${name}: ${whole - onOneLine} of ${whole} split`);
    }
  }
  expect(split).toEqual([]);
});
