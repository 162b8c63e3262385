/**
 * `build` of a campaign whose Thời hạn is a groups list column (qa58 M7): "deadline:
 * "{{group.[Hạn hoàn thành]}}"" only warned, and 7 of 8 tổ got flyers, checklists and lists
 * printing "Hạn đăng ký: {{group.[Hạn hoàn thành]}}". Now it is refused before any paper is made,
 * in one sentence at the field, with where a group's own day goes.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('build: Thời hạn holding a {{group.[…]}}', () => {
  it('is refused at “deadline”, nothing printed, with a hint', async () => {
    const dir = await makeTempDir('phuong-print-deadline-braces-');
    const yaml = await readFile('examples/hai-phong/campaign.yaml', 'utf8');
    await writeFile(
      join(dir, 'campaign.yaml'),
      `${yaml.trimEnd()}\ndeadline: "{{group.[Hạn hoàn thành]}}"\n`,
    );
    const rows = (await readFile('examples/hai-phong/groups.csv', 'utf8')).trimEnd().split(/\r?\n/);
    await writeFile(
      join(dir, 'groups.csv'),
      `${rows.map((r, i) => `${r};${i === 0 ? 'Hạn hoàn thành' : '30/06/2027'}`).join('\n')}\n`,
    );
    const r = await runCliInProcess(
      buildArgs('campaign.yaml', 'groups.csv', 'out', '--kind', 'flyer', '--lang', 'vi'),
      { cwd: dir },
    );
    expect(r.code, r.stderr).not.toBe(0);
    const lines = r.stderr.split('\n');
    const at = lines.findIndex((l) => l.includes('mục “Thời hạn” (deadline)'));
    expect(at, r.stderr).toBeGreaterThanOrEqual(0);
    expect(lines[at]).toMatch(/^lỗi: campaign\.yaml, dòng \d+, mục “deadline”/);
    expect(lines[at]).toContain('“{{group.[Hạn hoàn thành]}}” in chung cho mọi tổ');
    expect(lines[at + 1]).toMatch(/^gợi ý: Ở mục này ghi một ngày chung cho mọi tổ/);
    expect(r.stderr).not.toMatch(/\bat \S+\.(ts|js):\d+/);
    // No paper printing the braces.
    const made = await readdir(join(dir, 'out'), { recursive: true }).catch(() => []);
    expect(made.filter((f) => String(f).endsWith('.pdf'))).toEqual([]);
  });
});
