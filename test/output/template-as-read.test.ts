/**
 * A build draws each group from the templates as its inputs read them (the texts its keys
 * hash), not as the file is when the group's turn comes: a template saved while a build runs is
 * printed by the next build, not by the groups drawn after the save. Through the real group job
 * and its PDF's text.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { inputsRead } from '../../src/output/inputs-read.js';
import { runGroupJob } from '../../src/output/render-job.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

afterAll(removeTempDirs);

it('draws a group from the template as the build read it, not as it was saved since', async () => {
  const dir = await makeTempDir();
  const spec = { campaign: join(dir, 'campaign.yaml'), groups: join(dir, 'groups.csv') };
  await cp(EXAMPLE_CAMPAIGN, spec.campaign);
  await writeFile(spec.groups, wardCsv(1));
  await mkdir(join(dir, 'templates'));
  const template = join(dir, 'templates', 'notice.hbs');
  const tool = await readFile(new URL('../../templates/notice.hbs', import.meta.url), 'utf8');
  expect(tool).toContain('Kính gửi:{{/if}}');
  await writeFile(template, tool.replace('Kính gửi:{{/if}}', 'Kính gửi (bản đọc):{{/if}}'));
  const kinds = ['notice'];
  const { notice } = await import('../../src/kinds/notice.js');
  const inputs = await loadBuildInputs(spec, [notice]);
  // Saved after the build read it.
  await writeFile(template, tool.replace('Kính gửi:{{/if}}', 'Kính gửi (bản sửa):{{/if}}'));
  const out = join(dir, 'out');
  await mkdir(join(out, 'g'), { recursive: true });
  const result = await runGroupJob(inputs, {
    spec,
    kinds,
    read: inputsRead(inputs),
    out,
    groupId: inputs.groups[0]?.id ?? '',
    items: [{ kind: 'notice', key: 'k', path: 'g/notice.pdf', record: false }],
  });
  expect(result.error).toBeUndefined();
  const text = collapseSpaces(await pdfText(join(out, 'g', 'notice.pdf')));
  expect(text).toContain('Kính gửi (bản đọc):');
  expect(text).not.toContain('bản sửa');
});
