/**
 * Characters the fonts lack in the campaign's own values (qa15 9): every value that has one is
 * said at once, each at its line of campaign.yaml, in the file's order — not the first found
 * alone and by its field only (an emoji in the contest's name waited behind a Chinese word pasted
 * into the body). Nothing is written.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

it('names every value with a character the fonts lack, at its line, before writing anything', async () => {
  const example = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  const name = '  name: Công dân số Hải Phòng - sử dụng thông minh, sống an toàn\n';
  const body = '  body: |\n';
  expect(example.split(name)).toHaveLength(2);
  expect(example.split(body)).toHaveLength(2);
  const yaml = example
    .replace(name, '  name: 🦟 Công dân số Hải Phòng - sử dụng thông minh, sống an toàn\n')
    .replace(body, `${body}    Ngủ màn (蚊帐) cả ban ngày.\n`);
  const lines = yaml.split('\n');
  const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
  const dir = await makeTempDir();
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, yaml);
  const out = join(dir, 'out');
  const args = ['--campaign', file, '--groups', EXAMPLE_GROUPS, '--lang', 'vi'];
  const checked = await runCliInProcess(['check', ...args]);
  expect(checked.code).toBe(1);
  const errors = checked.stderr.split('\n').filter((l) => l.startsWith('lỗi:'));
  const first = [
    `lỗi: ${file}, dòng ${lineOf('蚊帐')}, mục “notice.body”: phông chữ không có ký tự "蚊" (U+868A), "帐" (U+5E10)`,
    `lỗi: ${file}, dòng ${lineOf('🦟')}, mục “contest.name”: phông chữ không có ký tự "🦟" (U+1F99F)`,
  ].sort((a, b) => Number(/dòng (\d+)/.exec(a)?.[1]) - Number(/dòng (\d+)/.exec(b)?.[1]));
  expect(errors).toEqual(first);
  const built = await runCliInProcess(['build', ...args, '--out', out]);
  expect(built.code).toBe(1);
  expect(existsSync(out)).toBe(false);
});
