/**
 * qa9 Q6: a groups cell holding tag-like text ("<b>", "</textarea>", "<script>") is the office's
 * text, printed as typed: before, the notice's body read it as HTML, refused the group ("nội dung
 * có mã HTML", blaming the tool's own template) and that group's leader page was a permanent 500.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import type { Campaign } from '../../src/load/campaign.js';
import { checkVi } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_GROUPS, exampleInputs, exampleWithBody, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const NAME = 'Tổ dân phố số 1 <b>mới</b>';
const LEADER = 'Nguyễn </textarea><script>x</script>';
/** The body prints the group's cells, as a ward's body does ("Tổ trưởng … chủ trì"). */
const LINE = 'Giao {{group.name}} (Tổ trưởng: {{group.leader}}) chủ trì thực hiện.';

let dir: string;
let campaign: Campaign;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-cell-text-');
  campaign = await exampleWithBody(dir, 'campaign', (body) => `${LINE}\n\n${body}`);
});
afterAll(removeTempDirs);

it('prints a group’s cells with tag-like text as typed in the notice’s body', async () => {
  const { groups } = await exampleInputs();
  const group = { ...(groups[0] as (typeof groups)[0]), name: NAME, leader: LEADER };
  const { bytes } = await renderFor(notice, campaign, group);
  const text = collapseSpaces(await pdfText(bytes));
  expect(text).toContain(`Giao ${NAME} (Tổ trưởng: ${LEADER}) chủ trì`);
});

it('lets `check` pass a groups file whose cells hold tag-like text', async () => {
  const csv = (await readFile(EXAMPLE_GROUPS, 'utf8'))
    .replace('Tổ dân phố số 1;', `${NAME};`)
    .replace('Trần Thị Thu Hằng', LEADER);
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, csv);
  const r = await checkVi(join(dir, 'campaign.yaml'), groups);
  expect(r.stdout + r.stderr).not.toContain('HTML');
  expect(r.code).toBe(0);
});
