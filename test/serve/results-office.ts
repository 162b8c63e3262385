/**
 * Test support for the office's results pages: a ward served with a store of figures, the figures
 * a leader sends recorded straight into the store, and what the office reads — /admin/ket-qua as
 * text and the report PDF's text.
 */
import { afterAll, beforeAll } from 'vitest';
import { recordSubmission } from '../../src/results/results-store.js';
import { visible } from '../support/page-text.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startResultsServer, wardOf } from './server.js';

export interface ResultsOffice {
  server: Awaited<ReturnType<typeof startResultsServer>>;
  /** A page of the office's, signed in as admin. */
  admin: (path: string) => Promise<Response>;
  /** /admin/ket-qua as read: tags dropped, spaces collapsed, none before `;:,)`. */
  pageText: () => Promise<string>;
  /** The report PDF's text, spaces collapsed. */
  reportText: () => Promise<string>;
  /**
   * Group `id`'s figures (measure id → value) as its leader sends them, now; or `sent` at another
   * time, or by the office ('office').
   */
  report: (
    id: string,
    values: Record<string, number>,
    sent?: { at?: Date; source?: 'leader' | 'office' },
  ) => Promise<void>;
  close: () => Promise<void>;
}

/** The campaign and groups file served with a fresh store of figures under a temp dir. */
export async function resultsOffice(
  campaignYaml: string,
  groupsCsv: string,
  tmpPrefix: string,
  /** A ward's own templates folder (its copied report.hbs). */
  templateDir?: string,
): Promise<ResultsOffice> {
  const ward = { ...(await wardOf(campaignYaml, groupsCsv)), templateDir };
  const server = await startResultsServer(ward, await makeTempDir(tmpPrefix));
  const scope = { campaign: server.campaign, measures: ward.campaign.measures };
  const admin = (path: string) =>
    fetch(`${server.url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });
  return {
    server,
    admin,
    pageText: async () => visible(await (await admin('/admin/ket-qua')).text()).trim(),
    reportText: async () =>
      collapseSpaces(
        await pdfText(new Uint8Array(await (await admin('/admin/bao-cao.pdf')).arrayBuffer())),
      ),
    report: async (id, values, sent = {}) => {
      const group = server.ward.groups.find((g) => g.id === id);
      if (!group) throw new Error(id);
      await recordSubmission(server.store.db, scope, {
        group,
        values,
        source: sent.source ?? 'leader',
        ...(sent.at ? { at: sent.at } : {}),
      });
    },
    close: async () => {
      await server.app.close();
      await server.store.close();
    },
  };
}

/**
 * For a test file or describe block: `resultsOffice` started before its tests and closed (temp
 * dirs removed) after; what the office reads and the leaders' figures, once it has started.
 */
export function resultsOfficeForTests(
  campaignYaml: string,
  groupsCsv: string,
  tmpPrefix: string,
): Omit<ResultsOffice, 'server' | 'close'> {
  let office: ResultsOffice | undefined;
  const started = () => {
    if (!office) throw new Error('the results server has not started');
    return office;
  };
  beforeAll(async () => {
    office = await resultsOffice(campaignYaml, groupsCsv, tmpPrefix);
  });
  afterAll(async () => {
    await office?.close();
    await removeTempDirs();
  });
  return {
    admin: (path) => started().admin(path),
    pageText: () => started().pageText(),
    reportText: () => started().reportText(),
    report: (id, values, sent) => started().report(id, values, sent),
  };
}
