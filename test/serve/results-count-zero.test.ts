/**
 * /admin/ket-qua when a reporting tổ's "Số cử tri" cell holds 0 and another's is empty: the 0 is
 * the list's figure, said apart ("1 tổ có 0 cử tri"), as check and the report say it, not as a
 * figure the list lacks ("chưa có số cử tri": the empty cell). Expected figures come from the
 * list below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSubmission } from '../../src/results/results-store.js';
import type { Store } from '../../src/store/open-store.js';
import { campaign } from '../support/election.js';
import { visible } from '../support/page-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startResultsServer, type TestServer, wardOf } from './server.js';

/** id, voters (as typed), voted. */
const TO = [
  ['1', '400', 380],
  ['2', '', 12],
  ['3', '0', 7],
] as const;
const csv = `Mã tổ;Tên tổ dân phố;Tổ trưởng;Số hộ;Số cử tri\n${TO.map(
  ([id, voters]) => `${id};Tổ dân phố số ${id};Nguyễn Văn A;120;${voters}`,
).join('\n')}\n`;
const unratedSum = TO.filter((t) => t[1] === '' || t[1] === '0').reduce((s, t) => s + t[2], 0);

let store: Store;
const s = {} as TestServer;
beforeAll(async () => {
  const ward = await wardOf(campaign(), csv);
  const served = await startResultsServer(ward, await makeTempDir('results-count-zero-'));
  store = served.store;
  const scope = { campaign: served.campaign, measures: ward.campaign.measures };
  Object.assign(s, served);
  for (const [id, , value] of TO) {
    const group = ward.groups.find((g) => g.id === id);
    if (!group) throw new Error(id);
    await recordSubmission(store.db, scope, { group, values: { di_bau: value }, source: 'leader' });
  }
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

describe('a reporting tổ whose voters the list gives as 0', () => {
  it('is said apart on /admin/ket-qua, "1 tổ có 0 cử tri", from the tổ with none', async () => {
    const page = await (
      await fetch(`${s.url}/admin/ket-qua`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      })
    ).text();
    const text = visible(page).trim();
    expect(text).toContain(
      `(không tính ${unratedSum} của 1 tổ chưa có số cử tri trong danh sách, 1 tổ có 0 cử tri)`,
    );
  });
});
