/**
 * serve's office figures page (/admin/ket-qua) says the ward's rate as the report does: a rate
 * taken over the groups with a population only is marked, its note under the table in the
 * report's words (read from the report PDF the page links to); with no population anywhere
 * nothing is ranked, so there is no "Hạng" column and no "Xếp hạng" sort (the studio's Kết quả
 * tab already agreed with the report; serve's page kept them).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { loadWard } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startServer, type TestServer } from './server.js';

const open: { server: TestServer; store: Store }[] = [];
afterAll(async () => {
  for (const o of open) {
    await o.server.app?.close();
    await o.store.close();
  }
  await removeTempDirs();
});

/** serve over the example with its groups' populations edited by `edit`, groups 3 and 4 reported. */
async function serveWith(edit: (csv: string) => string) {
  const dir = await makeTempDir('phuong-print-admin-marks-');
  const groups = join(dir, 'groups.csv');
  await writeFile(groups, edit(await readFile(EXAMPLE_GROUPS, 'utf8')));
  const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups });
  const store = await openStore({ dataDir: dir });
  const scope = { campaign: campaignKey(ward.campaign), measures: ward.campaign.measures };
  for (const [id, value] of [
    ['3', 300],
    ['4', 500],
  ] as const) {
    const group = ward.groups.find((x) => x.id === id);
    if (group)
      await recordSubmission(store.db, scope, {
        group,
        values: { tham_gia: value },
        source: 'leader',
      });
  }
  const server = await startServer({ ward, results: { db: store.db, ...scope } });
  open.push({ server, store });
  const get = (path: string) =>
    fetch(`${server.url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });
  return { get, html: await (await get('/admin/ket-qua')).text() };
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ');

describe("serve's figures page against the report", () => {
  it('marks a ward rate over the groups with a population, with the report’s note', async () => {
    // Group 4's population left empty: the list does not count it yet.
    const { get, html } = await serveWith((csv) =>
      csv.replace(/^(4;Tổ dân phố số 4;.*;\d+);\d+$/m, '$1;'),
    );
    const foot = /<tfoot>([\s\S]*?)<\/tfoot>/.exec(html)?.[1] ?? '';
    const rate = /<td class="num rate">([^<]+)<\/td>/.exec(foot)?.[1] ?? '';
    const mark = /[*]+$/.exec(rate)?.[0] ?? '';
    expect(mark, foot).not.toBe('');
    const pdfHref = /href="([^"]+)"[^>]*>Tải báo cáo kết quả \(PDF\)/.exec(html)?.[1] ?? '';
    const report = (
      await pdfText(new Uint8Array(await (await get(pdfHref)).arrayBuffer()))
    ).replace(/\s+/g, ' ');
    // The report's note on that mark, word for word, is under the page's table.
    const note = new RegExp(`\\(?${mark.replace(/\*/g, '\\*')}\\)? [^.]*tính trên[^.]*\\.`).exec(
      report,
    )?.[0];
    expect(note, report).toBeDefined();
    const words = (note ?? '').replace(/^\(?\*+\)?\s*/, '');
    expect(plain(html)).toContain(words.slice(0, 60));
  });

  it('has no rank column nor rank sort when no group has a population', async () => {
    const { html } = await serveWith((csv) =>
      csv
        .split('\n')
        .map((line, i) => (i === 0 || line === '' ? line : line.replace(/;\d+(\r?)$/, ';$1')))
        .join('\n'),
    );
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
    expect(plain(head)).not.toContain('Hạng');
    expect(plain(head)).toContain('Tổ');
    const sorts = /<p class="sorts">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(plain(sorts)).not.toContain('Xếp hạng');
    expect(plain(sorts)).toContain('Thứ tự');
  });
});
