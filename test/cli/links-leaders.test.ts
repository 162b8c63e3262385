/**
 * `links` for a merged ward whose leaders share names (qa44 m3): "Đặng Văn Thắng" leads tổ 5 and
 * 6 (one person, one phone) and another "Đặng Văn Thắng" leads Hàng Kênh's tổ 1. The CSV had only
 * id, name and url: whoever sends the links by Zalo could not tell whom each goes to, nor see that
 * one person gets two. Expected values come from the groups file below.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const ROWS = [
  ['STT', 'Tên tổ dân phố', 'Tổ trưởng', 'SĐT'],
  ['5', 'Tổ dân phố số 5 (Lạch Tray cũ)', 'Đặng Văn Thắng', '0910 000 185'],
  ['6', 'Tổ dân phố số 6 (Lạch Tray cũ)', 'Đặng Văn Thắng', '0910000185'],
  ['7', 'Tổ dân phố số 1 (Hàng Kênh cũ)', 'Đặng Văn Thắng', '0987 654 321'],
  ['8', 'Tổ dân phố số 2 (Hàng Kênh cũ)', 'Nguyễn Thị Hoa', ''],
];

afterAll(removeTempDirs);

/** The rows of `links` for a groups file of `lines` (its header first). */
async function linksOf(lines: string[][]): Promise<string[][]> {
  const groups = join(await makeTempDir('phuong-print-links-leaders-'), 'to.csv');
  await writeFile(groups, `${lines.map((r) => r.join(',')).join('\n')}\n`);
  const base = 'https://phuong.example.vn';
  const r = await runCliInProcess(['links', '--dev', '--groups', groups, '--base-url', base]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));
}

it('prints each link with its leader and phone, and says which links go to one person', async () => {
  const rows = await linksOf(ROWS);
  expect(rows[0]).toEqual(['id', 'name', 'url', 'leader', 'phone', 'note']);
  const byId = new Map(rows.slice(1).map((row) => [row[0], row]));
  expect([...byId.keys()]).toEqual(ROWS.slice(1).map((row) => row[0]));
  // The url stays third (scripts read it by position); leader and phone as the file has them.
  expect(byId.get('5')?.[2]).toMatch(/^https:\/\/phuong\.example\.vn\/g\/[^/]+\/$/);
  // Each phone as the papers print it (tổ 6's "0910000185" grouped as tổ 5's).
  for (const [id, , leader, phone] of ROWS.slice(1)) {
    const printed = phone === '0910000185' ? '0910 000 185' : phone;
    expect(byId.get(id)?.slice(3, 5), id).toEqual([leader, printed]);
  }
  expect(byId.get('5')?.[5]).toBe('Cùng tổ trưởng với mã 6 (Tổ dân phố số 6 (Lạch Tray cũ))');
  expect(byId.get('6')?.[5]).toBe('Cùng tổ trưởng với mã 5 (Tổ dân phố số 5 (Lạch Tray cũ))');
  // A namesake with another phone is another person; a leader of one tổ gets no note.
  expect(byId.get('7')?.[5]).toBe('');
  expect(byId.get('8')?.[5]).toBe('');
});

it('names a leader in the ward’s word read from the list’s headers (review s54 #5)', async () => {
  // Villages' own names say nothing of their word; the headers say thôn.
  const rows = await linksOf([
    ['Mã thôn', 'Tên thôn', 'Trưởng thôn', 'SĐT'],
    ['1', 'Cầu Đất', 'Lê Văn Tám', '0910 000 185'],
    ['2', 'Kênh Dương', 'Lê Văn Tám', '0910 000 185'],
  ]);
  expect(rows[1]?.[5]).toBe('Cùng trưởng thôn với mã 2 (Kênh Dương)');
});
