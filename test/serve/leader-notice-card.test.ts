/**
 * The leader page names the notice as the document calls itself, and prints a group's name as
 * typed. qa10 Q3: for a Kế hoạch (symbol KH-UBND) the card said "Kế hoạch của phường" but the
 * first step still read "In thông báo của phường". qa10 Q6: a "<" in a group's name showed as
 * "\<" in the notice card's note (the Markdown escape of the labels leaking into the page).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { makeTempDir } from '../support/tmp.js';
import { startServer, type TestServer, tokenOf } from './server.js';

let s: TestServer;

beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-leader-card-');
  await writeFile(
    join(dir, 'campaign.yaml'),
    NOTICE_ONLY.replace('symbol: UBND-VHXH', 'symbol: KH-UBND'),
  );
  await writeFile(
    join(dir, 'groups.csv'),
    'STT;Tên khu phố\n1;Khu phố 1 <img src=x onerror=alert(1)>\n2;Khu phố 2\n',
  );
  const ward = await loadWard({
    campaign: join(dir, 'campaign.yaml'),
    groups: join(dir, 'groups.csv'),
  });
  s = await startServer({ ward });
});
afterAll(async () => {
  await s?.app.close();
});

it('says "In kế hoạch của phường" for a Kế hoạch, and the name with its "<" as typed', async () => {
  const html = await (await fetch(`${s.url}/g/${tokenOf('1')}/`)).text();
  expect(html).toContain('<h3>Kế hoạch của phường</h3>');
  expect(html).toContain('<li>In kế hoạch của phường, dán ở nhà văn hóa');
  expect(html).not.toContain('In thông báo');
  expect(html).toContain(
    'Văn bản của phường gửi Khu phố 1 &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;, khổ A4',
  );
  expect(html).not.toContain('\\&lt;');
  expect(html).not.toContain('<img src=x');
});

it('asks for a Giấy mời to be handed to those it invites, not posted (qa19)', async () => {
  const dir = await makeTempDir('phuong-print-leader-invitation-');
  await writeFile(
    join(dir, 'campaign.yaml'),
    NOTICE_ONLY.replace('symbol: UBND-VHXH', 'symbol: GM-UBND'),
  );
  await writeFile(join(dir, 'groups.csv'), 'STT;Tên khu phố\n1;Khu phố 1\n');
  const ward = await loadWard({
    campaign: join(dir, 'campaign.yaml'),
    groups: join(dir, 'groups.csv'),
  });
  const invited = await startServer({ ward });
  try {
    const html = await (await fetch(`${invited.url}/g/${tokenOf('1')}/`)).text();
    expect(html).toContain('<li>In giấy mời của phường, gửi tận tay từng người được mời');
    expect(html).not.toContain('dán ở nhà văn hóa hoặc bảng tin');
  } finally {
    await invited.app.close();
  }
});
