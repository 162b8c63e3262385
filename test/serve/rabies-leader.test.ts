/**
 * qa58 p4 on the leader's page: the rabies campaign (test/fixtures/qa58-dai) said "In bảng theo
 * dõi: mỗi hộ một dòng, ghi vào ô số con chó, mèo của hộ đã làm xong từng việc", the "Đã nộp
 * tiền" column included. That column takes an "x" (the sum has its own column): the page says
 * so, over real HTTP.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { pageText } from './leader-page.js';
import { closedAfterAll, startServer, tokenOf } from './server.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/qa58-dai/', import.meta.url));
const held = closedAfterAll();

describe('the rabies leader page (qa58 p4)', () => {
  it('asks an “x” in “Đã nộp tiền”, the animals counted in the other column', async () => {
    const ward = await loadWard({
      campaign: join(FIXTURES, 'campaign.yaml'),
      groups: join(FIXTURES, 'groups.csv'),
      rosters: join(FIXTURES, 'rosters'),
    });
    const server = await startServer({ ward });
    held.servers.push(server);
    const text = pageText(await (await fetch(`${server.url}/g/${tokenOf('1')}/`)).text());
    expect(text).toContain(
      'In bảng theo dõi: mỗi hộ một dòng, ghi vào ô số con chó, mèo của hộ đã làm xong từng việc; cột “Đã nộp tiền”: đánh dấu “x” khi hộ đã nộp.',
    );
    expect(text).toContain(
      'Bảng theo dõi của tổ Mỗi hộ một dòng, ghi số con chó, mèo của hộ đã làm xong, đánh dấu “x” khi đã nộp tiền',
    );
  });
});
