/**
 * h-left15a in the studio: an election's "Số cử tri đã đi bầu | cử tri" (test/support/election.ts)
 * with a list that counts its voters in two columns, "Số cử tri" and "Số cử tri nữ". The rate is
 * taken against "Số cử tri" (load/people-column.ts), and the campaign's page says so in the
 * form's words: which column, and how to name the other after the "|".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { campaign, groupsCsv } from '../support/election.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  const dir = await makeTempDir('phuong-print-people-noun-');
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, campaign().replace('of: Số cử tri', 'of: cử tri'));
  let folder: string;
  ({ s, c, folder } = await studioWithCampaign('bau-cu', [file]));
  const women = groupsCsv
    .trimEnd()
    .split('\n')
    .map((line, i) => `${line};${i === 0 ? 'Số cử tri nữ' : 200}`)
    .join('\n');
  await writeFile(join(folder, 'groups.csv'), `${women}\n`);
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

it('says which of the two voters’ columns the rate is taken against', async () => {
  const page = plainText((await c.get('/c/bau-cu')).text);
  expect(page).toContain(
    'danh sách có 2 cột đếm số cử tri (“Số cử tri”, “Số cử tri nữ”): tỷ lệ của “Số cử tri đã đi bầu” tính theo cột “Số cử tri”',
  );
  expect(page).toContain(
    'Muốn tính theo cột khác, ghi tiêu đề cột đó sau dấu “|” thay cho “cử tri”, ví dụ “Số cử tri nữ”.',
  );
  expect(page).not.toContain('campaign.yaml');
});
