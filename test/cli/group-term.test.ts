/**
 * A ward whose groups are "khu phố" (Hồ Chí Minh City since 2025): its groups file says
 * "Khu phố 1…3" under the headers "Tên khu phố" and "Trưởng khu phố", its campaign does not name
 * the word. The documents the tool words itself — the tracking sheet, the checklist, the report
 * (its table's header cell, read back with pdftotext) and report.xlsx (its header row, read back
 * with exceljs) — say "khu phố" and "trưởng khu phố", never "tổ dân phố" or "tổ trưởng". A
 * campaign's `group_term` wins over the names; names in several words take the word most of them
 * begin with (a commune's thôn and buôn: "thôn"), with a warning; as many of each, "khu dân cư".
 * The commands run by their code in this process (runCliInProcess: the same exit code, output and
 * files, without a Node start-up each); the program runs them in the other CLI tests.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const campaignYaml = (groupTerm = '') => `issued: 2026-03-02
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG TÂN ĐỊNH]
  ward: phường Tân Định
  place: Tân Định
  office: Phòng Văn hóa - Xã hội
${groupTerm ? `  group_term: ${groupTerm}\n` : ''}title: Phòng, chống sốt xuất huyết
# A time for the flyer and the Zalo message: without one, check and build warn (qa48 m2).
when: Từ ngày 02/12/2026 đến hết ngày 31/12/2026
notice:
  number: 27
  symbol: UBND-VHXH
  subject: tăng cường phòng, chống sốt xuất huyết
  recipients: ["{{group.name}}"]
  body: |
    Ủy ban nhân dân phường đề nghị {{term.groups}} triển khai các nội dung sau.

    {{term.Leader}} báo cáo kết quả về Phòng Văn hóa - Xã hội.
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Trần Thị Mỹ Hạnh }
  cc: [Như trên;]
actions:
  - step: Lật úp các vật dụng chứa nước đọng.
    column: Đã dọn vật chứa nước
measures:
  - { id: ho_sach, label: Số hộ đã dọn vật chứa nước, of: households }
`;

const LEADERS = ['Nguyễn Hữu Dũng', 'Bùi Thị Loan', 'Dương Đức Tâm'];
const groupsCsv = (names: readonly string[]) =>
  [
    'STT;Tên khu phố;Trưởng khu phố;Số hộ;Số nhân khẩu',
    ...names.map((n, i) => `${i + 1};${n};${LEADERS[i]};${240 + i * 10};${900 + i * 50}`),
  ].join('\n');

const KHU_PHO = ['Khu phố 1', 'Khu phố 2', 'Khu phố 3'];
/** What a khu phố ward must never read. */
const WRONG_WORD = /tổ dân phố|tổ trưởng/i;

/** A ward folder: campaign.yaml, groups.csv, a results file with groups 1 and 2's figures. */
async function ward(names: readonly string[], groupTerm = '') {
  const dir = await makeTempDir();
  const campaign = join(dir, 'campaign.yaml');
  const groups = join(dir, 'groups.csv');
  const results = join(dir, 'ket-qua.csv');
  await writeFile(campaign, campaignYaml(groupTerm));
  await writeFile(groups, groupsCsv(names));
  await writeFile(results, `STT,Số hộ đã dọn vật chứa nước\n1,120\n2,200\n`);
  return { dir, campaign, groups, results };
}

/**
 * The output without the warning that "Nơi nhận" lacks "Lưu: VT, …" (qa42 F12): this ward's
 * "Nơi nhận" leaves it out on purpose, for the report to add its own (the tests below).
 */
const withoutKeptCopy = (stderr: string) =>
  stderr
    .split('\n')
    .filter(
      (l) =>
        !/field "notice.cc": "Nơi nhận" has no "Lưu: VT/.test(l) &&
        !l.startsWith('hint: Add "Lưu: VT'),
    )
    .join('\n');

/** Builds group 1's `kinds`; the build says nothing, or only the warning `said` matches. */
async function build(w: Awaited<ReturnType<typeof ward>>, kinds: string, said?: RegExp) {
  const out = join(w.dir, 'out');
  const res = await runCliInProcess([
    ...buildArgs(w.campaign, w.groups, out),
    '--kind',
    kinds,
    '--group',
    '1',
  ]);
  if (said) expect(res.stderr).toMatch(said);
  else expect(withoutKeptCopy(res.stderr)).toBe('');
  expect(res.code).toBe(0);
  // Group 1 is "Khu phố 1" in every ward here: its folder is that name's slug.
  return (kind: string) => pdfText(join(out, 'khu-pho-1', `${kind}.pdf`));
}

/** `report` on the ward's results, into `<ward>/report`. */
const runReport = (w: Awaited<ReturnType<typeof ward>>, env?: Record<string, string>) =>
  runCliInProcess(
    [
      'report',
      '--campaign',
      w.campaign,
      '--groups',
      w.groups,
      '--results',
      w.results,
      '--date',
      '2026-04-01',
      '--out',
      join(w.dir, 'report'),
    ],
    { env },
  );

async function report(w: Awaited<ReturnType<typeof ward>>) {
  const out = join(w.dir, 'report');
  const res = await runReport(w);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, 'report.xlsx'));
  const header = ((wb.worksheets[0]?.getRow(2).values ?? []) as unknown[]).slice(1);
  // Every cell's text, as the spreadsheet's reader sees it.
  const cells: string[] = [];
  wb.worksheets[0]?.eachRow((row) => {
    row.eachCell((c) => {
      cells.push(String(c.text));
    });
  });
  return {
    text: await pdfText(join(out, 'report.pdf'), { layout: true }),
    header,
    xlsx: cells.join('\n'),
  };
}

describe('a khu phố ward', () => {
  let w: Awaited<ReturnType<typeof ward>>;
  beforeAll(async () => {
    w = await ward(KHU_PHO);
  });

  it('has its tracking sheet, checklist and notice say "khu phố", never "tổ dân phố"', async () => {
    const text = await build(w, 'notice,tracker,checklist');
    const tracker = await text('tracker');
    expect(tracker).toContain(`Trưởng khu phố: ${LEADERS[0]}`);
    expect(tracker).toContain('TRƯỞNG KHU PHỐ');
    expect(tracker).toContain('theo dõi trong khu phố');
    const notice = await text('notice');
    expect(notice).toContain('đề nghị các khu phố triển khai');
    expect(notice).toContain('Trưởng khu phố báo cáo kết quả');
    for (const t of [tracker, notice, await text('checklist')]) expect(t).not.toMatch(WRONG_WORD);
  });

  it('has its report’s table and report.xlsx headed "Khu phố"', async () => {
    const { text, header } = await report(w);
    expect(text).toMatch(/^\s*Hạng\s+Khu phố\s/m);
    expect(text).toContain('Số khu phố đã báo cáo: 2/3 khu phố.');
    expect(text).toContain('Các khu phố chưa báo cáo (1 khu phố): Khu phố 3.');
    expect(text).not.toMatch(WRONG_WORD);
    expect(header.slice(0, 5)).toEqual([
      'Hạng',
      'Mã khu phố',
      'Khu phố',
      'Số hộ',
      'Số hộ đã dọn vật chứa nước',
    ]);
  });
});

describe('a commune (xã)', () => {
  it('has its report and report.xlsx total "Toàn xã" and copy the xã\'s offices', async () => {
    const w = await ward(KHU_PHO);
    // The same campaign issued by a commune: its printed name and its name in running text.
    const yaml = campaignYaml()
      .replace('PHƯỜNG TÂN ĐỊNH', 'XÃ TÂN ĐỊNH')
      .replace('ward: phường Tân Định', 'ward: xã Tân Định')
      .replace('Ủy ban nhân dân phường đề nghị', 'Ủy ban nhân dân xã đề nghị');
    expect(yaml).toContain('XÃ TÂN ĐỊNH');
    await writeFile(w.campaign, yaml);
    const { text, xlsx } = await report(w);
    // Khu phố 3 has not reported: the ward's row says its rate counts it as 0.
    // (The label wraps in the narrow name column, its figures beside its middle.)
    expect(text).toMatch(
      /^\s*Toàn xã \(tính 1 khu phố\s*\n\s*320\s+[\d,]+\s*\n\s*chưa báo cáo là 0\)/m,
    );
    // Sent up: a xã reports to its province (a phường to its city).
    expect(text).toContain('Kính gửi: Ủy ban nhân dân tỉnh');
    expect(text).not.toMatch(/(^|[^\p{L}])[Pp]hường(?![\p{L}])/u);
    expect(xlsx).toContain('Toàn xã');
    expect(xlsx).not.toContain('phường');
  });
});

describe('the word of the campaign, or the default', () => {
  it('a campaign’s group_term wins over the groups’ names', async () => {
    const w = await ward(KHU_PHO, 'thôn');
    const tracker = await (await build(w, 'tracker'))('tracker');
    expect(tracker).toContain(`Trưởng thôn: ${LEADERS[0]}`);
    expect(tracker).toContain('TRƯỞNG THÔN');
    const { header } = await report(w);
    expect(header.slice(1, 3)).toEqual(['Mã thôn', 'Thôn']);
  });

  it('groups named in different words, as many of each: the ward says "khu dân cư", each sheet its own word', async () => {
    const mixed = ['Khu phố 1', 'Thôn Đông', 'Tổ 3'];
    const w = await ward(mixed);
    // Khu phố 1's own sheet: its head is a "trưởng khu phố" whatever the others are called.
    const said = /different words \(khu phố: 1, thôn: 1, tổ: 1\).* it says "khu dân cư"/;
    const tracker = await (await build(w, 'tracker', said))('tracker');
    expect(tracker).toContain(`Trưởng khu phố: ${LEADERS[0]}`);
    expect(tracker).toContain('TRƯỞNG KHU PHỐ');
    expect(tracker).not.toMatch(WRONG_WORD);
    const { text, header } = await report(w);
    expect(text).toMatch(/^\s*Hạng\s+Khu dân cư\s/m);
    expect(header.slice(1, 3)).toEqual(['Mã khu dân cư', 'Khu dân cư']);
  });
});

describe('the messages a khu phố ward reads', () => {
  const vi = { env: { PHUONG_PRINT_LANG: 'vi', PHUONG_PRINT_SECRET: '' } };

  it('report without measures asks for the figures "các khu phố" report', async () => {
    const w = await ward(KHU_PHO);
    await writeFile(w.campaign, campaignYaml().replace(/measures:\n.*\n/, ''));
    const res = await runReport(w, vi.env);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('Thêm các chỉ tiêu mà các khu phố báo cáo');
    expect(res.stderr).not.toMatch(/\btổ\b/u);
  });

  it('check: a roster named after no group, and an unknown column, say "khu phố"', async () => {
    const w = await ward(KHU_PHO);
    const rosters = join(w.dir, 'rosters');
    await mkdir(rosters);
    // The groups file has groups 1 to 3: there is no group 99.
    await writeFile(join(rosters, '99.csv'), 'Họ và tên chủ hộ;Địa chỉ\nLê Văn An;12 Lê Lợi\n');
    const roster = await runCliInProcess(
      ['check', '--campaign', w.campaign, '--groups', w.groups, '--rosters', rosters],
      vi,
    );
    expect(roster.code).not.toBe(0);
    expect(roster.stderr).toContain('tên tệp danh sách hộ không trùng mã khu phố nào');
    expect(roster.stderr).toContain('theo mã khu phố trong tệp danh sách khu phố');
    expect(roster.stderr).not.toMatch(/\btổ\b/u);
    await writeFile(w.campaign, campaignYaml().replace('["{{group.name}}"]', '["{{group.ten}}"]'));
    const out = ['--out', join(w.dir, 'out')];
    for (const command of [['check'], ['build', ...out]]) {
      const res = await runCliInProcess(
        [...command, '--campaign', w.campaign, '--groups', w.groups],
        vi,
      );
      expect(res.code).not.toBe(0);
      expect(res.stderr).toContain('Tệp danh sách khu phố không có cột “ten”');
      expect(res.stderr).not.toMatch(/\btổ\b/u);
    }
  });

  it('build: the groups file’s notes say "khu phố", as check’s do (qa7 B2)', async () => {
    const w = await ward(KHU_PHO);
    // The office's own totals row under the groups: skipped, with a note.
    await writeFile(w.groups, `${groupsCsv(KHU_PHO)}\n;Tổng cộng;;750;2850\n`);
    const out = ['--out', join(w.dir, 'out'), '--kind', 'tracker', '--group', '1'];
    for (const command of [['check'], ['build', ...out]]) {
      const res = await runCliInProcess(
        [...command, '--campaign', w.campaign, '--groups', w.groups],
        vi,
      );
      expect(res.code, res.stderr).toBe(0);
      expect(res.stderr).toContain('(“Tổng cộng”), không phải một khu phố');
      expect(res.stderr).not.toMatch(/tổ dân phố/u);
    }
  });

  it('links without a secret names "các khu phố"', async () => {
    const w = await ward(KHU_PHO);
    const res = await runCliInProcess(
      ['links', '--groups', w.groups, '--base-url', 'https://phuong.example.vn'],
      vi,
    );
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('chưa có khoá bí mật cho đường liên kết của các khu phố');
    expect(res.stderr).not.toMatch(/tổ dân phố/u);
  });
});

describe('the report’s Nơi nhận', () => {
  it('files the report with the campaign’s office (symbol UBND-CA), not another', async () => {
    const w = await ward(KHU_PHO);
    await writeFile(w.campaign, campaignYaml().replace('symbol: UBND-VHXH', 'symbol: UBND-CA'));
    const { text } = await report(w);
    expect(text).toContain('- Lưu: VT, CA.');
    expect(text).not.toContain('VHXH');
  });

  it('files it as the notice says, "Lưu: VT." adding no office; a Kế hoạch’s UBND is no office (qa19)', async () => {
    const w = await ward(KHU_PHO);
    await writeFile(
      w.campaign,
      campaignYaml()
        .replace('symbol: UBND-VHXH', 'symbol: UBND-CA')
        .replace('cc: [Như trên;]', 'cc: [Như trên;, "Lưu: VT."]'),
    );
    expect((await report(w)).text).toMatch(/- Lưu: VT\.\s/);
    await writeFile(w.campaign, campaignYaml().replace('symbol: UBND-VHXH', 'symbol: KH-UBND'));
    const { text } = await report(w);
    expect(text).toMatch(/- Lưu: VT\.\s/);
    expect(text).not.toContain('VT, UBND');
  });

  it('files it as the notice’s own "Lưu" line says when that names the office', async () => {
    const w = await ward(KHU_PHO);
    await writeFile(
      w.campaign,
      campaignYaml().replace('cc: [Như trên;]', 'cc: [Như trên;, "Lưu: VT, VP."]'),
    );
    const { text } = await report(w);
    expect(text).toContain('- Lưu: VT, VP.');
    expect(text).not.toContain('Lưu: VT, VHXH');
  });
});

describe('a commune of thôn and buôn, its campaign giving no word', () => {
  const THON_BUON = ['Thôn Tân Lập', 'Buôn Ea Knuếc', 'Thôn 4'];

  it('says "khu dân cư" where the tool speaks of all of them, never "thôn" or "tổ", and says which words it read', async () => {
    const w = await ward(THON_BUON);
    const check = await checkVi(w.campaign, w.groups);
    expect(check.code, check.stderr).toBe(0);
    // The 2 thôn's word would call the buôn a thôn (review: "Danh sách thôn" over 3 thôn and 2
    // tổ dân phố): the word that covers both, as the campaign's group_term would give it.
    expect(check.stdout).toMatch(/^ổn: 3 khu dân cư, /);
    expect(check.stderr).toContain(
      `cảnh báo: ${w.groups}: tên các nhóm dân cư bắt đầu bằng những từ khác nhau (thôn: 2, buôn: 1): giấy tờ của từng nhóm gọi nhóm đó theo từ ở đầu tên của nhóm; những chỗ nói chung về tất cả (báo cáo, trang của văn phòng, thông báo) gọi là “khu dân cư”`,
    );
    // The office may call them all by another word: the hint says where, and no unit of the
    // names is offered for it (it would call the others by it).
    expect(check.stderr).toContain(
      'gợi ý: Muốn gọi chung bằng một từ khác (“khu dân cư” là từ chung cho mọi loại), ghi từ đó vào campaign.yaml ở mục issuer.group_term',
    );
    // The ward-wide report (PDF text) counts and ranks them by it, each named as it is.
    const { text, header } = await report(w);
    expect(text).toMatch(/^\s*Hạng\s+Khu dân cư\s/m);
    expect(text).toContain('Số khu dân cư đã báo cáo: 2/3 khu dân cư.');
    expect(text).toContain('Buôn Ea Knuếc');
    expect(text).not.toMatch(/Số thôn|các thôn|Hạng\s+Thôn/);
    expect(text).not.toMatch(WRONG_WORD);
    expect(header.slice(1, 3)).toEqual(['Mã khu dân cư', 'Khu dân cư']);
  });

  it('reads the word from the names that have one: a thôn named without it is still a thôn', async () => {
    const w = await ward(['Thôn 1', 'Thôn 2', 'Ea Knuếc']);
    const check = await checkVi(w.campaign, w.groups);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^ổn: 3 thôn, /);
    expect(check.stderr).not.toContain('từ khác nhau');
  });
});

describe('groups named by the khu phố they lie in, "Khu phố 3 - Tổ 2" (qa12 Q3)', () => {
  // Since the 2025 mergers a ward names its tổ after the khu phố: the group is the tổ, the last
  // unit its name says, and its head a tổ trưởng, never a "trưởng khu phố".
  const NAMES = ['Khu phố 3 - Tổ 2', 'KP2 - Tổ 5', 'Khu phố 3, tổ 4'];

  it('prints each one’s head as its "Tổ trưởng" on the tracking sheet and the flyer', async () => {
    const w = await ward(NAMES);
    const out = join(w.dir, 'out');
    const res = await runCliInProcess([
      ...buildArgs(w.campaign, w.groups, out),
      '--kind',
      'tracker,flyer',
      '--group',
      '1',
    ]);
    expect(withoutKeptCopy(res.stderr)).toBe('');
    expect(res.code).toBe(0);
    const tracker = await pdfText(join(out, 'khu-pho-3-to-2', 'tracker.pdf'));
    expect(tracker).toContain(`Tổ trưởng: ${LEADERS[0]}`);
    expect(tracker).toContain('TỔ TRƯỞNG');
    const flyer = (await pdfText(join(out, 'khu-pho-3-to-2', 'flyer.pdf'))).replace(/\s+/g, ' ');
    expect(flyer).toContain(`tổ trưởng ${LEADERS[0]}`);
    for (const t of [tracker, flyer]) expect(t).not.toMatch(/trưởng khu phố/i);
  });

  it('counts them as tổ, not khu phố', async () => {
    const w = await ward(NAMES);
    const check = await checkVi(w.campaign, w.groups);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^ổn: 3 tổ, /);
    expect(check.stderr).not.toContain('từ khác nhau');
  });
});
