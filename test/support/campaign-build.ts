/**
 * A campaign and a groups file written as the office types them, built by the CLI's own code in
 * this process (`build --lang vi`): what the command says and the text of what it wrote.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildArgs, runCliInProcess } from './cli.js';
import { pdfText } from './pdf-text.js';
import { makeTempDir } from './tmp.js';

export interface TextBuild {
  dir: string;
  code: number;
  stderr: string;
  /** A document's text, its runs of white space as one space: `text('khu-pho-1', 'notice')`. */
  text: (groupSlug: string, kind: string) => Promise<string>;
}

export async function buildCampaignText(
  campaignYaml: string,
  groups: string,
  kinds: string,
  groupsName = 'groups.csv',
): Promise<TextBuild> {
  const dir = await makeTempDir('phuong-print-text-build-');
  await writeFile(join(dir, 'campaign.yaml'), campaignYaml);
  await writeFile(join(dir, groupsName), groups);
  const run = await runCliInProcess([
    ...buildArgs(join(dir, 'campaign.yaml'), join(dir, groupsName), join(dir, 'out')),
    '--kind',
    kinds,
    '--lang',
    'vi',
  ]);
  const text = async (groupSlug: string, kind: string) =>
    (await pdfText(await readFile(join(dir, 'out', groupSlug, `${kind}.pdf`)))).replace(
      /\s+/g,
      ' ',
    );
  return { dir, code: run.code, stderr: run.stderr, text };
}
