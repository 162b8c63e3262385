/**
 * /admin/ket-qua when a measure is counted against a target ("Chỉ tiêu (người)") and a reporting
 * tổ has none in the list: the groups a rate counts are named as the studio's Kết quả tab and the
 * report name them, "các tổ có chỉ tiêu" (before: "các tổ có số người", a count the list does not
 * have). Expected figures are worked out from the list below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSubmission } from '../../src/results/results-store.js';
import type { Store } from '../../src/store/open-store.js';
import { campaign } from '../support/election.js';
import { visible } from '../support/page-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startResultsServer, type TestServer, wardOf } from './server.js';

const LABEL = 'Số người đăng ký';
/** id, target ('' when the list has none), area, signed up. */
const TO = [
  ['1', 40, 'Cụm 1', 30],
  ['2', '', 'Cụm 1', 12],
  ['3', 50, 'Cụm 2', 20],
] as const;
const csv = `Mã tổ;Tên tổ dân phố;Tổ trưởng;Số hộ;Chỉ tiêu (người);Cụm\n${TO.map(
  ([id, target, area]) => `${id};Tổ dân phố số ${id};Nguyễn Văn A;120;${target};${area}`,
).join('\n')}\n`;
const unbased = TO.filter((t) => t[1] === '');
const unratedSum = unbased.reduce((s, t) => s + t[3], 0);

let store: Store;
const s = {} as TestServer;
beforeAll(async () => {
  const yaml = campaign('totals_by: Cụm\n').replace(
    '{ id: di_bau, label: Số cử tri đã đi bầu, of: Số cử tri }',
    `{ id: dang_ky, label: ${LABEL}, of: Chỉ tiêu (người) }`,
  );
  const ward = await wardOf(yaml, csv);
  const served = await startResultsServer(ward, await makeTempDir('results-target-unrated-'));
  store = served.store;
  const scope = { campaign: served.campaign, measures: ward.campaign.measures };
  Object.assign(s, served);
  for (const [id, , , value] of TO) {
    const group = ward.groups.find((g) => g.id === id);
    if (!group) throw new Error(id);
    await recordSubmission(store.db, scope, {
      group,
      values: { dang_ky: value },
      source: 'leader',
    });
  }
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

describe('a target measure with a reporting tổ that has no target', () => {
  it('names the groups the rate counts "các tổ có chỉ tiêu", on the ward’s and the area’s lines', async () => {
    const page = await (
      await fetch(`${s.url}/admin/ket-qua`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      })
    ).text();
    const text = visible(page).trim();
    const said = `(không tính ${unratedSum} của ${unbased.length} tổ chưa có chỉ tiêu trong danh sách)`;
    // The ward's line and area Cụm 1's.
    expect(text.split('; các tổ có chỉ tiêu:').length - 1).toBe(2);
    expect(text.split(said).length - 1).toBe(2);
    expect(text).not.toContain('các tổ có số');
    expect(text).not.toContain('chưa có số');
  });
});
