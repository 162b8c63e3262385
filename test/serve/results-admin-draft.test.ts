/**
 * The office's figures page (/admin/ket-qua) of a draft notice, numbered and dated by hand by
 * the văn thư: its report cites the notice by its subject, without a number or day, and the page
 * says so and where to fill them in, as the studio's Kết quả tab does (review of qa8: serve had
 * no such note). The example's campaign made a draft (test/support/render.ts exampleAsDraft);
 * a numbered, dated notice's page has no note. Real server on loopback.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { loadWard, type Ward } from '../../src/serve/ward.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, exampleAsDraft } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, exampleWard, startServer } from './server.js';

let store: Store;
const servers: FastifyInstance[] = [];
afterAll(async () => {
  await Promise.all(servers.map((a) => a.close()));
  await store?.close();
  await removeTempDirs();
});

async function serveWard(ward: Ward): Promise<string> {
  const { app, url } = await startServer({
    ward,
    results: {
      db: store.db,
      campaign: campaignKey(ward.campaign),
      measures: ward.campaign.measures,
    },
  });
  servers.push(app);
  return url;
}

const officePage = async (url: string) => {
  const res = await fetch(`${url}/admin/ket-qua`, {
    headers: { authorization: basic('admin', ADMIN_PASSWORD) },
  });
  expect(res.status).toBe(200);
  return (await res.text()).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
};

describe('the office’s figures page of a draft notice', () => {
  let draft = '';
  let numbered = '';
  beforeAll(async () => {
    store = await openStore({ dataDir: await makeTempDir() });
    const dir = await makeTempDir('phuong-print-draft-');
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, exampleAsDraft(await readFile(EXAMPLE_CAMPAIGN, 'utf8'), 'du-thao-2026'));
    draft = await serveWard(await loadWard({ campaign: file, groups: EXAMPLE_GROUPS }));
    numbered = await serveWard(await exampleWard());
  });

  it('says the report cites the notice by its subject, and where to write its number and day', async () => {
    const text = await officePage(draft);
    expect(text).toContain(
      'Văn bản của chiến dịch chưa có số và ngày ban hành (dự thảo để văn thư ghi tay), nên báo cáo kết quả (PDF, Excel) gọi văn bản theo trích yếu, không ghi số, ngày của văn bản.',
    );
    expect(text).toContain(
      'điền số vào mục notice.number và ngày vào mục issued (bỏ dòng undated: true)',
    );
  });

  it('says nothing of it for a numbered, dated notice', async () => {
    expect(await officePage(numbered)).not.toContain('dự thảo');
  });
});
