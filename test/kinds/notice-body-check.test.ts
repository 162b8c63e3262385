/**
 * What the notice's body holds that cannot be printed is an error naming the campaign file and
 * the line of the campaign file (not of the body) it is on: `check` lists every one, exits 1 and
 * builds nothing. The `check` command end to end, in this process (runCliInProcess).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let dir: string;
let yaml: string;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-body-check-');
  yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
});
afterAll(removeTempDirs);

/** The example campaign with `lines` (body text, unindented) put before the body's first heading. */
async function campaignWith(name: string, lines: string[]): Promise<string> {
  const anchor = '    ## I. Hưởng ứng';
  expect(yaml.split(anchor)).toHaveLength(2);
  const text = yaml.replace(
    anchor,
    `${lines.map((l) => (l ? `    ${l}` : '')).join('\n')}\n\n${anchor}`,
  );
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

async function check(campaign: string) {
  const cwd = await makeTempDir('phuong-print-body-check-cwd-');
  // The body is the notice's: checking that kind is enough (and half the CPU of every kind).
  return runCliInProcess(
    ['check', '--campaign', campaign, '--groups', EXAMPLE_GROUPS, '--kind', 'notice'],
    {
      cwd,
    },
  );
}

/** The line of the file that is `needle`, or holds it (a short needle must be the whole line). */
const lineOf = async (file: string, needle: string) =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .findIndex((l) => l.trim() === needle || (needle.length > 3 && l.includes(needle))) + 1;

describe('check on a body with what a notice cannot print', () => {
  it('reports each construct with the campaign file and the line it is on, and exits 1', async () => {
    const campaign = await campaignWith('unprintable.yaml', [
      'Sơ đồ khu vực: ![sơ đồ](so-do.png)',
      '',
      '<div align="center">Trung tâm</div>',
      '',
      '```',
      'mã nguồn',
      '```',
      '',
      'Đoạn văn trước đường kẻ.',
      '',
      '***',
      '',
      'Chữ <u>gạch chân</u> ở đây.',
    ]);
    const r = await check(campaign);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    const expected = [
      ['![sơ đồ](so-do.png)', 'an image'],
      ['<div align="center">', 'HTML'],
      ['```', 'code block'],
      ['***', 'horizontal rule'],
      ['<u>gạch chân</u>', 'HTML'],
    ] as const;
    for (const [needle, what] of expected) {
      const line = await lineOf(campaign, needle);
      expect(line).toBeGreaterThan(0);
      const hit = errors.find((e) => e.includes(`line ${line},`) && e.includes(what));
      expect(hit, `no error for line ${line} (${needle}) in:\n${r.stderr}`).toBeDefined();
      expect(hit).toContain(campaign);
      expect(hit).toContain('notice.body');
    }
  });

  it('reports an invisible control character with its line', async () => {
    const campaign = await campaignWith('control.yaml', ['Chuông\u0007 báo.']);
    const r = await check(campaign);
    expect(r.code).toBe(1);
    const line = await lineOf(campaign, 'Chuông');
    expect(r.stderr).toMatch(new RegExp(`line ${line},.*U\\+0007`));
  });

  it('reports a control character in a groups file with its row, not a crash', async () => {
    const csv = await readFile(EXAMPLE_GROUPS, 'utf8');
    expect(csv.split('Nguyễn Văn Hùng')).toHaveLength(2);
    const groups = join(dir, 'groups-control.csv');
    await writeFile(groups, csv.replace('Nguyễn Văn Hùng', 'Nguyễn\u0007 Văn Hùng'));
    const cwd = await makeTempDir('phuong-print-body-check-cwd-');
    const r = await runCliInProcess(
      ['check', '--campaign', EXAMPLE_CAMPAIGN, '--groups', groups, '--kind', 'notice'],
      { cwd },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toMatch(/row 2\b.*U\+0007/);
  });

  it('says ok for a body with what it can print: a table, nested lists, a quote, hard breaks', async () => {
    const campaign = await campaignWith('printable.yaml', [
      '| STT | Khu phố | Ngày |',
      '|:-:|---|---|',
      '| 1 | Khu phố 1<br>(nhà văn hóa) | 08/11/2025 |',
      '',
      '1) Tuyên truyền:',
      '   a) họp khu phố;',
      '   - loa phát thanh;',
      '',
      '> Trích Kế hoạch số 12/KH-UBND.',
      '',
      '    Đoạn thụt lề.',
      '',
      'Dòng một  ',
      'Dòng hai\\',
      'Dòng ba, 7h~9h.',
    ]);
    const r = await check(campaign);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('says ok for the example body as it is', async () => {
    const r = await check(EXAMPLE_CAMPAIGN);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
