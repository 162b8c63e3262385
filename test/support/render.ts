/**
 * Renders documents through the real pipeline (load → model → template → layout) for tests that
 * look at one document without going through the CLI.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { type Campaign, loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { buildContext, groupSlugs } from '../../src/model/context.js';
import { renderOutput } from '../../src/render/output.js';
import { makeTempDir } from './tmp.js';

export const EXAMPLE_CAMPAIGN = fileURLToPath(
  new URL('../../examples/hai-phong/campaign.yaml', import.meta.url),
);
export const EXAMPLE_GROUPS = fileURLToPath(
  new URL('../../examples/hai-phong/groups.csv', import.meta.url),
);

/**
 * The example's campaign.yaml as a draft the văn thư numbers and dates by hand: no number, the
 * day left blank (`undated`), and `id` given so its figures have a key (load/notice-key.ts).
 */
export function exampleAsDraft(yaml: string, id: string): string {
  const draft = yaml
    .replace(/^ {2}number: 5\b.*$/m, '  number:\n  undated: true')
    .replace(/^issued: /m, `id: ${id}\nissued: `);
  if (!draft.includes('undated: true') || !draft.includes(`id: ${id}`))
    throw new Error('the example campaign no longer has the lines exampleAsDraft edits');
  return draft;
}

export async function exampleInputs(): Promise<{ campaign: Campaign; groups: Group[] }> {
  const { campaign } = await loadCampaign(EXAMPLE_CAMPAIGN);
  return { campaign, groups: await loadGroups(EXAMPLE_GROUPS) };
}

export async function renderFor(
  kind: DocumentKind,
  campaign: Campaign,
  group: Group,
  /** For kinds with variants, e.g. "a3" for the poster. */
  variant?: string,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const slug = groupSlugs([group]).get(group.id) ?? group.id;
  return renderOutput(kind, buildContext(campaign, group, slug), {
    fonts: loadFonts(),
    created: new Date(`${campaign.issued}T00:00:00+07:00`),
    variant,
  });
}

/** The seed's contest, with its prizes: the example campaign has all of them. */
export function seedContest(campaign: Campaign) {
  const c = campaign.contest;
  const community = c?.prizes?.community;
  const individual = c?.prizes?.individual;
  if (!c || !community || !individual) throw new Error('the example campaign has a contest');
  return { ...c, prizes: { community, individual } };
}

/** The seed's app: the example campaign has one. */
export function seedApp(campaign: Campaign) {
  if (!campaign.app) throw new Error('the example campaign has an app');
  return campaign.app;
}

/** An example campaign (`examples/<name>`) and the first group of its groups file. */
export async function exampleFirstGroup(
  name: string,
): Promise<{ campaign: Campaign; group: Group }> {
  const dir = fileURLToPath(new URL(`../../examples/${name}/`, import.meta.url));
  const { campaign } = await loadCampaign(`${dir}campaign.yaml`);
  const [group] = await loadGroups(`${dir}groups.csv`);
  if (!group) throw new Error(`examples/${name} has no groups`);
  return { campaign, group };
}

/** [example, kind, variant] for each of both examples' documents of these kinds, for `it.each`. */
export function exampleKindCases(kinds: string[]): [string, string, string | undefined][] {
  return ['hai-phong', 'tan-dinh'].flatMap((ex) =>
    kinds.flatMap((k) =>
      (findKind(k)?.variants ?? [undefined]).map((v): [string, string, string | undefined] => [
        ex,
        k,
        v,
      ]),
    ),
  );
}

/**
 * The example campaign with its notice body rewritten by `edit` (given and returning the body's
 * lines unindented), saved as `<dir>/<name>.yaml` and loaded as a user's campaign would be.
 */
export async function exampleWithBody(
  dir: string,
  name: string,
  edit: (body: string) => string,
): Promise<Campaign> {
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  const start = yaml.indexOf('  body: |\n') + '  body: |\n'.length;
  const end = yaml.indexOf('\n  signer:', start);
  if (start < '  body: |\n'.length || end < start) throw new Error('example body not found');
  const body = yaml
    .slice(start, end)
    .split('\n')
    .map((l) => l.replace(/^ {4}/, ''))
    .join('\n');
  const indented = edit(body)
    .split('\n')
    .map((l) => (l ? `    ${l}` : ''))
    .join('\n');
  const path = join(dir, `${name}.yaml`);
  await writeFile(path, `${yaml.slice(0, start)}${indented}\n${yaml.slice(end)}`);
  return (await loadCampaign(path)).campaign;
}

/**
 * The example campaign addressed to each group instead of as issued: "Kính gửi: Tổ dân phố số 5
 * (Tổ trưởng: …)", the per-group choice the README describes. Saved as `<dir>/<name>.yaml`;
 * returns its path.
 */
export async function examplePerGroupFile(dir: string, name = 'per-group'): Promise<string> {
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  const list = /^ {2}recipients:.*\n(?: {4}- .*\n)+/m;
  if (!list.test(yaml)) throw new Error('example recipients not found');
  const path = join(dir, `${name}.yaml`);
  await writeFile(
    path,
    yaml.replace(
      list,
      '  recipients:\n    - "{{group.name}}{{#if group.leader}} (Tổ trưởng: {{group.leader}}){{/if}}"\n',
    ),
  );
  return path;
}

/**
 * A campaign written as an office would type it (`campaign.yaml` text) and a groups file's text,
 * saved in a fresh temporary folder and loaded as the CLI loads them: `kind`'s document for the
 * first group.
 */
export async function renderCampaignText(
  kind: DocumentKind,
  campaignYaml: string,
  groupsCsv: string,
  /** For kinds with variants, e.g. "a3" for the poster. */
  variant?: string,
): Promise<Uint8Array> {
  const dir = await makeTempDir('phuong-print-campaign-');
  await writeFile(join(dir, 'campaign.yaml'), campaignYaml);
  await writeFile(join(dir, 'groups.csv'), groupsCsv);
  const { campaign } = await loadCampaign(join(dir, 'campaign.yaml'));
  const [group] = await loadGroups(join(dir, 'groups.csv'));
  if (!group) throw new Error('the groups file has no groups');
  return (await renderFor(kind, campaign, group, variant)).bytes;
}

/**
 * The example's `tham_gia` figures as leaders send them, unconfirmed, for a report: each group's
 * figure by `value` (of the group and its place in `groups`).
 */
export function leaderFigures(
  groups: readonly Group[],
  value: (g: Group, i: number) => number,
  at = '2026-04-01T08:00:00.000Z',
) {
  return new Map(
    groups.map((g, i) => [
      g.id,
      new Map([
        ['tham_gia', { value: value(g, i), at, source: 'leader' as const, confirmed: false }],
      ]),
    ]),
  );
}
