/**
 * The CLI's Vietnamese as the office reads it, beyond its errors (vietnamese.test.ts):
 * - a campaign whose ward calls its groups "thôn" (`issuer.group_term`) has `check` name them
 *   "thôn" in its problems, hints and summary, never "tổ", `build` its failed rows, and `serve`
 *   counts the thôn it serves;
 * - numbers in Vietnamese: a decimal comma ("0,4 giây", never "0.4 giây") in build's summary, and
 *   thousands with "." ("100.000 dòng", never "100,000");
 * - `--help` of a command in Vietnamese: every option's description, not only yargs' headings;
 * - `import-docx --lang vi` sums the body up as "N đoạn" (a phrase of its own, not English parsed).
 * serve runs the real program (bin/phuong-print.js → dist/); the other commands, build's progress
 * lines too, run the command's code in this process (runCliInProcess: the same exit code and
 * output, on pipes as the program's, without a Node start-up each).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import { noticeDocx } from '../load/docx/notice-docx.js';
import { spawnServe } from '../serve/server.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { communeCampaign, GROUP_WORD_TO, TERM, withGroupTerm } from '../support/group-term.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe("the ward's word for its groups in the CLI", () => {
  it('check --lang vi names the groups "thôn" in the problem, its hint and the summary', async () => {
    const { campaign, groups } = await communeCampaign();
    const r = await runCliInProcess([
      'check',
      '--campaign',
      campaign,
      '--groups',
      groups,
      '--kind',
      'notice',
      '--lang',
      'vi',
    ]);
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain(`lỗi: ${TERM} 2: ${groups}, dòng 3, cột “Tên ${TERM}”: thiếu tên`);
    expect(lines).toContain(`gợi ý: Ghi tên ${TERM}, ví dụ “Thôn số 5”.`);
    expect(lines).toContain(`kiểm tra không đạt: 1 trên 3 ${TERM} không tạo được tài liệu`);
    expect(r.stderr).not.toMatch(GROUP_WORD_TO);
  });
});

describe("build's lines in the ward's word", () => {
  it('build --lang vi (plain lines, not a terminal): progress, failed row and hint in thôn', async () => {
    const { campaign, groups } = await communeCampaign();
    const out = await makeTempDir('phuong-print-term-out-');
    // The command here: its lines on a pipe, as the program's (runCliInProcess hands it no
    // terminal); the real program's build is in build.test.ts and many more.
    const r = await runCliInProcess(
      buildArgs(campaign, groups, out, '--kind', 'notice', '--lang', 'vi'),
    );
    expect(r.code, r.stderr).toBe(1);
    // Progress from the first line on: two thôn have a name, the third row fails.
    expect(r.stdout).toMatch(new RegExp(`^\\d/2 ${TERM}, \\d+,\\d ${TERM}/giây: `, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^2/2 ${TERM}, `, 'm'));
    expect(r.stdout).not.toMatch(GROUP_WORD_TO);
    // Its numbers with a decimal comma, the summary's seconds too (a build with a failed group
    // still says what it wrote).
    expect(r.stdout).toMatch(/ trong \d+,\d giây trên \d+ luồng/);
    expect(r.stdout).not.toMatch(/\d\.\d/);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain(
      `không tạo được: ${TERM} 2: ${groups}, dòng 3, cột “Tên ${TERM}”: thiếu tên`,
    );
    expect(lines).toContain(`gợi ý: Ghi tên ${TERM}, ví dụ “Thôn số 5”.`);
    expect(r.stderr).not.toMatch(GROUP_WORD_TO);
  });

  it('build --group 99 --lang vi: "không có thôn mã “99”", its hint in thôn', async () => {
    const { campaign, groups } = await communeCampaign();
    const out = await makeTempDir('phuong-print-term-out-');
    const r = await runCliInProcess(
      buildArgs(campaign, groups, out, '--kind', 'notice', '--group', '99', '--lang', 'vi'),
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`không có ${TERM} mã “99”`);
    expect(r.stderr).toContain(
      `gợi ý: Dùng một mã ${TERM} có trong tệp danh sách ${TERM} (cột “STT” hoặc cột “Mã”).`,
    );
    expect(r.stderr).not.toMatch(GROUP_WORD_TO);
  });
});

describe('build --group with a group’s name (qa7 L1)', () => {
  it('says the name is a name and gives that group’s id, from the groups file', async () => {
    const { campaign, groups } = await communeCampaign();
    // The file's third group, its id and name as the file has them.
    const [id, name] = ((await readFile(groups, 'utf8')).split(/\r?\n/)[3] ?? '').split(/[;,]/);
    expect(name).toBeTruthy();
    const out = await makeTempDir('phuong-print-term-out-');
    const r = await runCliInProcess(
      buildArgs(campaign, groups, out, '--kind', 'notice', '--group', name ?? '', '--lang', 'vi'),
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`không có ${TERM} mã “${name}”`);
    expect(r.stderr).toContain(
      `gợi ý: “${name}” là tên; mã của ${TERM} này là ${id}: dùng --group ${id}.`,
    );
  });
});

describe('build --group with an id written without its leading zero (qa17)', () => {
  it('gives the id as the groups file writes it', async () => {
    const { campaign } = await communeCampaign();
    const dir = await makeTempDir('phuong-print-zero-');
    const groups = join(dir, 'groups.csv');
    await writeFile(groups, 'Mã xóm;Tên xóm\n01;Xóm Chùa\n02;Xóm Đình\n');
    const out = join(dir, 'out');
    const r = await runCliInProcess(
      buildArgs(campaign, groups, out, '--kind', 'notice', '--group', '1', '--lang', 'vi'),
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('gợi ý: Tệp danh sách ghi mã đó là “01”: dùng --group 01.');
  });
});

describe('a hint names only the headers the loader reads, whatever the ward calls its groups', () => {
  it('group_term "cụm dân cư": every column the --group hint names is a header check reads', async () => {
    const dir = await makeTempDir('phuong-print-term-free-');
    const campaign = join(dir, 'campaign.yaml');
    const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    await writeFile(campaign, withGroupTerm(yaml, 'cụm dân cư'));
    const out = await makeTempDir('phuong-print-term-out-');
    const r = await runCliInProcess(
      buildArgs(campaign, EXAMPLE_GROUPS, out, '--kind', 'notice', '--group', '99', '--lang', 'vi'),
    );
    const hint = r.stderr.split('\n').find((l) => l.startsWith('gợi ý:')) ?? '';
    expect(hint, r.stderr).toContain('cụm dân cư');
    const headers = [...hint.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');
    expect(headers.length, hint).toBeGreaterThan(0);
    // Each read by the groups loader `check` and `build` use, as the group's code (in process: a
    // `check` a header costs a CLI start, and the hint's own wording is the CLI's above).
    for (const header of headers) {
      const groups = join(dir, 'cum.csv');
      await writeFile(groups, `${header};Tên tổ dân phố\n7;Cụm dân cư số 7\n`);
      const report = await loadGroupsReport(groups);
      expect(report.failures, `“${header}”`).toEqual([]);
      expect(
        report.groups.map((g) => [g.id, g.name]),
        `“${header}”`,
      ).toEqual([['7', 'Cụm dân cư số 7']]);
    }
  });
});

describe("serve's start line in the ward's word", () => {
  it('serve --lang vi says how many thôn it serves, and again after a reload (SIGHUP)', async () => {
    const { campaign, groups } = await communeCampaign();
    const cache = await makeTempDir('phuong-print-term-cache-');
    const serve = await spawnServe(
      campaign,
      groups,
      cache,
      ['--lang', 'vi'],
      'đường liên kết cho trưởng thôn:',
    );
    try {
      // Two thôn are read (the third row has no name).
      expect(serve.stdout()).toMatch(
        new RegExp(`đang phục vụ 2 ${TERM} của phường Lê Chân tại http`),
      );
      serve.child.kill('SIGHUP');
      await expect
        .poll(() => serve.stdout(), { timeout: 60_000 })
        .toContain(`đã nạp lại (SIGHUP): 2 ${TERM}`);
      expect(serve.stdout()).not.toMatch(GROUP_WORD_TO);
    } finally {
      serve.child.kill('SIGTERM');
      await serve.exited;
    }
  });
});

describe('numbers in Vietnamese', () => {
  // In Vietnamese: "build's lines in the ward's word" above (a decimal comma, never a point).
  it("build's summary says its seconds with a point in English", async () => {
    const en = await runCliInProcess(
      buildArgs(
        EXAMPLE_CAMPAIGN,
        EXAMPLE_GROUPS,
        await makeTempDir('phuong-print-en-out-'),
        '--kind',
        'notice',
        '--group',
        '1',
        '--quiet',
      ),
    );
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/ in \d+\.\d s on \d+ thread/);
  });

  it('a groups file over the row limit: the limit with "." between thousands', async () => {
    const dir = await makeTempDir('phuong-print-rows-');
    const groups = join(dir, 'qua-nhieu.csv');
    const rows = Array.from({ length: 100_020 }, (_, i) => `${i + 1},Tổ dân phố số ${i + 1}`);
    await writeFile(groups, ['STT,Tên tổ dân phố', ...rows].join('\n'));
    const r = await runCliInProcess([
      'check',
      '--campaign',
      EXAMPLE_CAMPAIGN,
      '--groups',
      groups,
      '--lang',
      'vi',
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('hơn 100.000 dòng');
    expect(r.stderr).not.toMatch(/100,000/);
  });
});

/** Each option's description as `--help` lays it out: its name, then its first line of text. */
function optionDescriptions(help: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of help.matchAll(
    /^ {2}(?:-\w, |\s{4})(--[\w-]+|<\w+>)\s{2,}(\S.*?)(?:\s{2,}\[.*)?$/gm,
  )) {
    found.set(m[1] ?? '', m[2] ?? '');
  }
  return found;
}

const COMMANDS = [
  'build',
  'check',
  'serve',
  'report',
  'backup',
  'links',
  'import-docx',
  'merge-manifests',
  'studio',
];

describe('--help of every command in Vietnamese', () => {
  it.each(COMMANDS)('%s --help --lang vi: every option said in Vietnamese', async (command) => {
    const vi = await runCliInProcess([command, '--help', '--lang', 'vi']);
    const en = await runCliInProcess([command, '--help', '--lang', 'en']);
    expect(vi.code, vi.stderr).toBe(0);
    const said = optionDescriptions(vi.stdout);
    const english = optionDescriptions(en.stdout);
    expect(said.size).toBeGreaterThan(2);
    expect([...said.keys()]).toEqual([...english.keys()]);
    for (const [option, text] of said) {
      // Vietnamese has its marks; the English description is not what it says.
      expect(text, `${command} ${option}`).toMatch(/[àáảãạăâđèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]/i);
      expect(text, `${command} ${option}`).not.toBe(english.get(option));
    }
    // The examples and the notes below them too.
    const examples = vi.stdout.split('\nVí dụ:\n')[1] ?? '';
    const englishExamples = en.stdout.split('\nExamples:\n')[1] ?? '';
    if (englishExamples) expect(examples).not.toBe(englishExamples);
  });

  // The language is chosen once for every command, at each run, from its command line and the
  // environment (messages/language.ts's languageOf; its order: vietnamese-language.test.ts): the
  // locale, for one. Both in this process, whose environment the run's LANG is.
  it('build --help under LANG=vi_VN.UTF-8 is the --lang vi help', async () => {
    const vi = await runCliInProcess(['build', '--help', '--lang', 'vi']);
    const viLocale = await runCliInProcess(['build', '--help'], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(vi.stdout).toContain('Ví dụ:');
    expect(viLocale.stdout).toBe(vi.stdout);
  });
});

describe('import-docx in Vietnamese', () => {
  it('sums the body up in Vietnamese ("15 đoạn và 1 bảng"), as English says it', async () => {
    const dir = await makeTempDir('phuong-print-docx-');
    const docx = join(dir, 'cong-van.docx');
    await writeFile(docx, await noticeDocx());
    const [vi, en] = await Promise.all([
      runCliInProcess(['import-docx', docx, '--out', join(dir, 'vi'), '--lang', 'vi']),
      // Both in this process: what is compared is the wording (the real import-docx process:
      // load/docx/qr-picture.test.ts).
      runCliInProcess(['import-docx', docx, '--out', join(dir, 'en')]),
    ]);
    expect(en.code, en.stderr).toBe(0);
    const paragraphs = /^ {2}notice\.body: (\d+) paragraphs and 1 table\(s\)$/m.exec(
      en.stdout,
    )?.[1];
    expect(paragraphs, en.stdout).toBeDefined();
    expect(vi.stdout).toMatch(new RegExp(`^ {2}notice\\.body: ${paragraphs} đoạn và 1 bảng$`, 'm'));
    expect(vi.stdout).not.toMatch(/paragraph/);
    // The table is one thing, not its 3 × 3 cells' paragraphs (qa55 p7: "37 đoạn" for 15 and a
    // table): the fixture's body is 15 paragraphs outside its one table.
    expect(paragraphs).toBe('15');
  });
});
