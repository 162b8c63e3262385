/**
 * A commune of thôn and khu dân cư (qa59): 4 "Thôn …" and 2 "Khu dân cư …", a clean-up day whose
 * figures are the households that joined and the garbage trucks the thôn filled.
 * - Where the papers speak of all the groups, they name both kinds ("Kính gửi: Trưởng các thôn,
 *   khu dân cư"), not "các khu dân cư", which reads as the two khu dân cư alone (M4).
 * - A typed `group_term: thôn` over such a list is said to address the khu dân cư heads as thôn.
 * - The tracking sheet asks the trucks once, for the thôn, not "số xe của từng hộ" (M5).
 * - The report asks the heads of every kind yet to report (p1).
 * Expected words come from the groups list and the campaign below.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const TRUCKS = 'Số xe rác thu gom';
const campaignYaml = (
  groupTerm = '',
  measures = `  - { id: xe, label: ${TRUCKS}, of: xe }`,
) => `issued: 2026-12-08
issuer:
  name: [ỦY BAN NHÂN DÂN, XÃ AN LÃO]
  ward: xã An Lão
  place: An Lão
  office: Văn phòng HĐND và UBND
${groupTerm ? `  group_term: ${groupTerm}\n` : ''}title: Tổng vệ sinh môi trường đón Tết
when: 7 giờ 00, Chủ nhật 31/01/2027
notice:
  number: 12
  symbol: UBND-VP
  subject: tổng vệ sinh môi trường đón Tết
  recipients: ["Trưởng {{term.groups}}"]
  body: |
    Ủy ban nhân dân xã đề nghị {{term.groups}} triển khai tổng vệ sinh môi trường.
  signer: { lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], name: Trần Văn Cường }
  cc: ["Như trên;", "Lưu: VT."]
actions:
  - { step: Quét dọn nhà cửa và ngõ xóm, column: Đã quét dọn }
measures:
  - { id: ho, label: Số hộ tham gia, of: households }
${measures}
`;

const NAMES = [
  'Thôn Đông',
  'Thôn Tây',
  'Thôn Chợ',
  'Thôn Trung',
  'Khu dân cư Đồng Hòa',
  'Khu dân cư Bến Xe',
];
const groupsCsv = (names: readonly string[]) =>
  [
    'STT;Tên thôn;Trưởng thôn;Số hộ',
    ...names.map((n, i) => `${i + 1};${n};Nguyễn Văn ${i + 1};${150 + i}`),
  ].join('\n');

async function commune(groupTerm = '', names: readonly string[] = NAMES, measures?: string) {
  const dir = await makeTempDir();
  const campaign = join(dir, 'campaign.yaml');
  const groups = join(dir, 'groups.csv');
  await writeFile(campaign, campaignYaml(groupTerm, measures));
  await writeFile(groups, groupsCsv(names));
  return { dir, campaign, groups, out: join(dir, 'out') };
}

/** Thôn Đông's tracking sheet, built, its text on one line. */
async function firstTracker(w: Awaited<ReturnType<typeof commune>>): Promise<string> {
  const args = [...buildArgs(w.campaign, w.groups, w.out), '--kind', 'tracker', '--group', '1'];
  const res = await runCliInProcess(args);
  expect(res.code, res.stderr).toBe(0);
  return collapseSpaces(await pdfText(join(w.out, 'thon-dong', 'tracker.pdf')));
}

describe('a commune of thôn and khu dân cư', () => {
  it('addresses the heads of both kinds on every copy of the notice', async () => {
    const w = await commune();
    const res = await runCliInProcess([
      ...buildArgs(w.campaign, w.groups, w.out),
      '--kind',
      'notice',
    ]);
    expect(res.code).toBe(0);
    for (const folder of ['thon-dong', 'khu-dan-cu-ben-xe']) {
      const text = collapseSpaces(await pdfText(join(w.out, folder, 'notice.pdf')));
      expect(text).toContain('Kính gửi: Trưởng các thôn, khu dân cư');
      expect(text).toContain('đề nghị các thôn, khu dân cư triển khai');
    }
    // The build says so in the same words.
    expect(res.stderr).toMatch(/it says "thôn, khu dân cư"/);
  });

  it('warns that a typed "thôn" calls the khu dân cư heads heads of thôn, and names them', async () => {
    const w = await commune('thôn');
    const res = await runCliInProcess(['check', '--campaign', w.campaign, '--groups', w.groups]);
    expect(res.code).toBe(0);
    const said = res.stderr.split('\n').find((l) => l.includes('issuer.group_term')) ?? '';
    expect(said).toContain(`2 of them are no thôn (${NAMES[4]}, ${NAMES[5]})`);
    expect(res.stderr).toContain('Leave issuer.group_term empty to say "các thôn, khu dân cư"');
  });

  it('does not warn of a typed word when the names say one unit (the office renamed them)', async () => {
    const w = await commune('tổ dân phố', NAMES.slice(0, 4));
    const res = await runCliInProcess(['check', '--campaign', w.campaign, '--groups', w.groups]);
    expect(res.code).toBe(0);
    expect(res.stderr).not.toContain('issuer.group_term');
  });

  it('asks the trucks once for the thôn, not in every household’s row', async () => {
    const w = await commune();
    const text = await firstTracker(w);
    expect(text).not.toContain(`${TRUCKS} (xe)`);
    expect(text).not.toMatch(/số xe của từng hộ/u);
    expect(text).toContain(`${TRUCKS}: ……… xe`);
  });

  // review59a #1: a household's own figure in such a unit stays on its row.
  it('keeps a household’s tonnes and sessions on its row', async () => {
    const measures = [
      '  - { id: lua, label: Sản lượng lúa đăng ký bán, of: tấn }',
      '  - { id: buoi, label: Số buổi tập huấn hộ tham gia, of: buổi }',
    ].join('\n');
    const w = await commune('', NAMES, measures);
    const text = await firstTracker(w);
    expect(text).toContain('ghi số tấn của từng hộ');
    expect(text).toContain('ghi số buổi của từng hộ');
  });

  // review59a #4: the law's word typed, or a làng and a bản under a typed "thôn", is no slip.
  it('says nothing of a typed "khu dân cư", or of làng and bản under "thôn"', async () => {
    for (const [typed, names] of [
      ['khu dân cư', ['Thôn Đông', 'Thôn Tây', 'Tổ dân phố số 3']],
      ['thôn', ['Thôn Đông', 'Làng Vân', 'Bản Mường']],
    ] as const) {
      const w = await commune(typed, names);
      const res = await runCliInProcess(['check', '--campaign', w.campaign, '--groups', w.groups]);
      expect(res.code).toBe(0);
      expect(res.stderr, typed).not.toContain('issuer.group_term');
    }
  });

  it('asks the heads of every kind yet to report in the report', async () => {
    const w = await commune();
    const results = join(w.dir, 'ket-qua.csv');
    await writeFile(results, `STT,Số hộ tham gia,${TRUCKS}\n1,140,3\n2,120,2\n`);
    const res = await runCliInProcess([
      'report',
      '--campaign',
      w.campaign,
      '--groups',
      w.groups,
      '--results',
      results,
      '--date',
      '2027-02-02',
      '--out',
      join(w.dir, 'report'),
    ]);
    expect(res.code).toBe(0);
    const text = collapseSpaces(await pdfText(join(w.dir, 'report', 'report.pdf')));
    expect(text).toContain('Đề nghị các trưởng thôn, trưởng khu dân cư khẩn trương báo cáo');
  });
});
