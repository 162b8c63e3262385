/**
 * review57b #8: a list of children whose one step is a signature (p4: the qa57-pctt campaign
 * counting "Số trẻ đã nộp | of: trẻ", its action's column "Người nộp ký tên"). The leader's page
 * said "đánh dấu “x” khi đã làm xong từng việc cho trẻ" while the sheet asks each row to sign; it
 * says the signature, as a household sheet's step does. Over real HTTP.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { closedAfterAll, leaderPageOn, wardOf } from './server.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa57-pctt/${name}`, import.meta.url));
const held = closedAfterAll();

it('a children’s list with a signed step asks for signatures, not an “x”', async () => {
  const yaml = (await readFile(fixture('campaign.yaml'), 'utf8'))
    .replace('label: Số hộ đã nộp', 'label: Số trẻ đã nộp')
    .replace('of: Số hộ phải nộp', 'of: trẻ');
  const ward = await wardOf(yaml, await readFile(fixture('groups.csv'), 'utf8'));
  const text = await leaderPageOn(ward, '1', '2026-12-10', held);
  expect(text).toContain('In danh sách trẻ: ghi mỗi trẻ một dòng');
  // The column's name is the campaign's action's `column`.
  expect(text).toContain('mỗi dòng một chữ ký ở cột “Người nộp ký tên”.');
  expect(text).not.toContain('đánh dấu “x” khi đã làm xong từng việc cho trẻ');
});
