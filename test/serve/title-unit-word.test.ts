/**
 * A group's name after a title ("già làng") or an enumeration of units ("thôn, bản") on the
 * leader's page, where `serve` publishes it and where the studio does (/p/<campaign>/…): the
 * unit word is not said twice when the name begins with it ("Già làng làng Mới", "thôn, bản bản
 * Sà Phìn", qa36), and stays when the name is of another unit. Read from the Zalo message the page
 * gives the leader, which says the group's place as its papers print it.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioWithCampaign, type TestStudio } from '../studio/studio.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { messageOf } from './leader-page.js';
import { startServer, type TestServer, tokenOf, wardOf } from './server.js';

const CAMPAIGN = `issued: 2026-11-20
issuer:
  name: [ỦY BAN NHÂN DÂN, XÃ SÀ PHÌN]
  ward: xã Sà Phìn
  place: Sà Phìn
  office: Trạm Y tế xã
  phone: "0219 3 856 111"
notice:
  number: 88
  symbol: UBND-VX
  subject: tổ chức tiêm vắc xin sởi
  recipients: ["{{term.Leader}} {{group.name}}"]
  body: Đề nghị các thôn, bản phối hợp tổ chức tiêm vắc xin sởi.
  signer: { lines: [CHỦ TỊCH], name: Sùng Mí Vàng }
  cc: [Như trên;]
title: Tiêm vắc xin sởi cho trẻ em
actions:
  - step: Đưa trẻ đến điểm tiêm.
where: "Nhà già làng {{group.name}} (nhà văn hóa thôn, bản {{group.name}})"
`;
const GROUPS = 'STT;Tên thôn, bản\n1;Làng Mới\n2;Bản Sà Phìn\n3;Thôn 10\n';

/** The place line of each group's message, by id. */
const EXPECTED: Record<string, string> = {
  '1': 'Địa điểm: Nhà già làng Mới (nhà văn hóa thôn, bản làng Mới)',
  '2': 'Địa điểm: Nhà già làng bản Sà Phìn (nhà văn hóa bản Sà Phìn)',
  '3': 'Địa điểm: Nhà già làng Thôn 10 (nhà văn hóa Thôn 10)',
};

const placeOf = (html: string) =>
  messageOf(html)
    .split('\n')
    .find((l) => l.startsWith('Địa điểm:'));

describe('serve: the leader’s page', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ ward: await wardOf(CAMPAIGN, GROUPS) });
  });
  afterAll(async () => {
    await s?.app.close();
    await removeTempDirs();
  });

  it('says the unit word once after a title or an enumeration that holds it', async () => {
    for (const [id, line] of Object.entries(EXPECTED)) {
      const html = await (await fetch(`${s.url}/g/${tokenOf(id)}/`)).text();
      expect(placeOf(html), id).toBe(line);
    }
  });
});

describe('studio: the leader’s page it publishes', () => {
  let s: TestStudio;
  beforeAll(async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'campaign.yaml'), CAMPAIGN);
    await writeFile(join(dir, 'groups.csv'), GROUPS);
    ({ s } = await studioWithCampaign('sa-phin', [
      join(dir, 'campaign.yaml'),
      join(dir, 'groups.csv'),
    ]).then(async ({ s, c }) => {
      expect((await c.post('/c/sa-phin/leaders/open', {}, '/c/sa-phin/leaders')).status).toBe(303);
      const tab = (await c.get('/c/sa-phin/leaders')).text;
      links = [...tab.matchAll(/\/p\/sa-phin\/g\/[A-Za-z0-9_-]{22}\//g)].map((m) => m[0]);
      return { s };
    }));
  });
  let links: string[] = [];
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('says the unit word once after a title or an enumeration that holds it', async () => {
    const places = await Promise.all(
      [...new Set(links)].map(async (l) => placeOf(await (await fetch(`${s.url}${l}`)).text())),
    );
    expect(places.sort()).toEqual(Object.values(EXPECTED).sort());
  });
});
