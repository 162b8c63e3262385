/**
 * A commune's served pages name the commune "xã": its issuer is "XÃ AN BÌNH" (the example
 * campaign with its phường's name changed). The office's page offers "Tải tài liệu cả xã", a
 * wrong link's page and the sign-in page point to "cán bộ văn hóa xã"; none says "phường".
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { loadWard } from '../../src/serve/ward.js';
import { asCommuneIssuer, UNIT, UNIT_WORD_PHUONG } from '../support/group-term.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, rawGet, startServer, type TestServer } from './server.js';

let s: TestServer;
beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-xa-');
  const campaign = join(dir, 'campaign.yaml');
  const yaml = asCommuneIssuer(await readFile(EXAMPLE_CAMPAIGN, 'utf8'));
  expect(yaml).toContain('- XÃ AN BÌNH');
  await writeFile(campaign, yaml);
  const ward = await loadWard({ campaign, groups: EXAMPLE_GROUPS });
  s = await startServer({ ward, renderer: createInProcessRenderer(ward) });
});
afterAll(async () => {
  await s?.app.close();
});

/** The page's text as a reader sees it (tags dropped). */
const textOf = (html: string) =>
  (/<main>.*<\/main>/s.exec(html)?.[0] ?? html).replace(/<[^>]+>/g, ' ');

it("the office's page offers the whole commune's documents", async () => {
  const r = await rawGet(s.url, '/admin', { authorization: basic('admin', ADMIN_PASSWORD) });
  expect(r.status).toBe(200);
  const text = textOf(r.body.toString('utf8'));
  expect(text).toContain(`Tải tài liệu cả ${UNIT} (ZIP)`);
  expect(text).not.toMatch(UNIT_WORD_PHUONG);
});

it("a wrong link's page sends the leader to the commune's office", async () => {
  const r = await rawGet(s.url, '/g/khong-co-ma/');
  expect(r.status).toBe(404);
  const text = textOf(r.body.toString('utf8')).replace(/\s+/g, ' ');
  // The campaign's office in the commune (issuer.office, issuer.ward).
  expect(text).toContain(`xin gọi cho Phòng Văn hoá - Xã hội, ${UNIT} An Bình: 0225 3 857 123`);
  expect(text).not.toMatch(UNIT_WORD_PHUONG);
});

it("without an office phone, the wrong link's page names the office to ask", async () => {
  const dir = await makeTempDir('phuong-print-xa-');
  const campaign = join(dir, 'campaign.yaml');
  const yaml = asCommuneIssuer(await readFile(EXAMPLE_CAMPAIGN, 'utf8'));
  await writeFile(campaign, yaml.replace(/^( {2}phone: ).*$/m, '$1""'));
  const ward = await loadWard({ campaign, groups: EXAMPLE_GROUPS });
  const own = await startServer({ ward, renderer: createInProcessRenderer(ward) });
  try {
    const r = await rawGet(own.url, '/g/khong-co-ma/');
    expect(r.status).toBe(404);
    const text = textOf(r.body.toString('utf8')).replace(/\s+/g, ' ');
    expect(text).toContain(
      `Để nhận đường dẫn đúng, xin hỏi Phòng Văn hoá - Xã hội, ${UNIT} An Bình.`,
    );
    expect(text).not.toContain('tel:');
  } finally {
    await own.app.close();
  }
});

it("the office's page without its password names the commune's officer", async () => {
  const r = await rawGet(s.url, '/admin');
  expect(r.status).toBe(401);
  expect(textOf(r.body.toString('utf8'))).toContain(`dành cho cán bộ văn hóa ${UNIT}.`);
});
