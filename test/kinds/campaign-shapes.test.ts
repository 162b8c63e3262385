/**
 * Campaigns other than a contest, as wards run them every few weeks: an election notice with
 * nothing for residents to do, an app drive whose first action is installing the app. Each kind
 * prints what such a campaign has, and one with nothing to print is left out with a note — not a
 * headline on an empty page, not a sheet of tick instructions with nothing to tick.
 * The refused build of qa8 B1 runs the real program under a Vietnamese locale; the other
 * commands of those cases run the command's code in this process under the same locale
 * (runCliInProcess: the same exit code, output and files, without a Node start-up each).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/output/build.js';
import { runCli, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfPageTexts, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

const notice = (subject: string) => `issued: 2026-03-01
issuer:
  name: [ỦY BAN NHÂN DÂN, XÃ TÀ RỤT]
  ward: xã Tà Rụt
  place: Tà Rụt
  office: Công an xã
notice:
  number: 7
  symbol: UBND-CA
  subject: ${subject}
  recipients: ["{{group.name}}"]
  body: Đề nghị các thôn thông báo đến từng hộ gia đình.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Hồ Văn Ỹ
  cc: [Như trên;, "Lưu: VT."]
`;
const ELECTION = notice('niêm yết danh sách cử tri bầu cử đại biểu Hội đồng nhân dân');
const APP = 'VNeID';
const VNEID = `${notice('kích hoạt tài khoản định danh điện tử mức độ 2')}app:
  name: ${APP}
  ios: { url: "https://apps.apple.com/vn/app/vneid/id1582750311", label: iPhone }
  android: { url: "https://play.google.com/store/apps/details?id=com.vnid", label: Android }
  qr_caption_ios: Tải cho iPhone
  qr_caption_android: Tải cho Android
actions:
  - step: Cài ứng dụng ${APP} trên điện thoại.
    column: Đã cài ${APP}
  - step: Đến Công an xã để kích hoạt tài khoản mức độ 2.
    column: Đã kích hoạt mức 2
`;

let dir: string;
/** `build` of `campaign` saved as `<name>.yaml`: every kind, or only `kinds`. */
const buildOf = async (name: string, campaign: string, kinds?: string[]) => {
  const file = join(dir, `${name}.yaml`);
  await writeFile(file, campaign);
  const out = join(dir, name);
  const groups = join(dir, 'groups.csv');
  const result = await build({ campaign: file, groups, out, jobs: 1, kinds });
  return { out, result };
};
/**
 * The VNeID drive built once: its tracking sheet and its flyer are looked at, and the checklist,
 * the other kind that prints the actions, is built beside them (not the posters, the share image
 * and the flyer pictures, which print the app's codes, not its actions).
 */
let vneid: ReturnType<typeof buildOf> | undefined;
const vneidBuild = () => {
  vneid ??= buildOf('vneid', VNEID, ['tracker', 'flyer', 'checklist']);
  return vneid;
};

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-shapes-');
  // 30 households (the row's "Số hộ"): the tracking sheets read here are read at their first
  // page; the synthetic ward's 187 were eight pages of blank rows to draw.
  const one = wardCsv(1).replace(/^(1;(?:[^;]*;){4})\d+;/m, (_, before: string) => `${before}30;`);
  expect(one.split('\r\n')[1]?.split(';')[5]).toBe('30');
  await writeFile(join(dir, 'groups.csv'), one);
});
afterAll(removeTempDirs);

describe('an election notice: nothing for residents to tick or scan', () => {
  it('makes the notice only, and names each kind left out', async () => {
    const { out, result } = await buildOf('election', ELECTION);
    const files = (await readdir(join(out, 'to-dan-pho-so-1'))).sort();
    expect(files).toEqual(['notice.pdf']);
    // One line, naming what is made and what is not, and why.
    const said = result.warnings.map((w) => w.message).filter((m) => m.includes(' made'));
    expect(said).toEqual([
      'only notices made: the campaign has no contest, actions for residents or links (no posters, share images, flyers, flyer pictures, checklists, tracking sheets)',
    ]);
    const vi = result.warnings.map((w) => w.describe('vi')).filter((m) => m.includes('chỉ làm'));
    expect(vi).toEqual([
      `${join(dir, 'election.yaml')}: chỉ làm thông báo: chiến dịch không có cuộc thi, việc người dân cần làm hoặc đường dẫn (không làm áp phích, ảnh áp phích, tờ rơi, ảnh tờ rơi, phiếu kiểm tra, bảng theo dõi)`,
    ]);
  });
});

describe('only kinds the campaign cannot make asked for (qa8 B1)', () => {
  const vi = { env: { LANG: 'vi_VN.UTF-8' } };
  /**
   * `phuong-print <command> --campaign … --groups … --kind <kinds> [--out <out>]`, in Vietnamese:
   * the command's code here, unless `runner` is the real program.
   */
  const run = (
    command: string,
    campaign: string,
    kinds: string,
    out?: string,
    runner = runCliInProcess,
  ) =>
    runner(
      [
        command,
        ...['--campaign', campaign, '--groups', join(dir, 'groups.csv'), '--kind', kinds],
        ...(out ? ['--out', out] : []),
      ],
      vi,
    );
  it('build --kind poster of the election notice: exit 1, the field that makes posters, the last build untouched, no empty ZIP', async () => {
    const { out } = await buildOf('election-poster', ELECTION);
    const zip = join(out, 'zip', 'to-dan-pho-so-1.zip');
    const before = await readFile(zip);
    const manifest = await readFile(join(out, 'manifest.json'), 'utf8');
    const campaign = join(dir, 'election-poster.yaml');
    const r = await run('build', campaign, 'poster', out, runCli);
    expect(r.code).toBe(1);
    // The notice has no actions, links, time or place (ELECTION above): what posters print
    // from, and no more (qa13); an app is not needed for a poster (qa50 p9).
    expect(r.stderr).toContain(
      `lỗi: ${campaign}: không làm được áp phích: chiến dịch không có cuộc thi, việc người dân cần làm hoặc đường dẫn`,
    );
    expect(r.stderr).toContain(
      'Loại tài liệu này in từ mục actions (việc người dân cần làm), contest (cuộc thi) hoặc links (đường dẫn) của tệp chiến dịch',
    );
    expect(r.stderr).toContain(
      'áp phích và ảnh áp phích vẫn làm được khi có mục points (điều cần biết: những điều người dân cần biết, không phải đánh dấu) hoặc when, where, deadline',
    );
    expect(r.stderr).not.toContain('ứng dụng');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).not.toContain('đã ghi');
    expect(await readFile(zip)).toEqual(before);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(manifest);
    // A fresh folder gets nothing either: no ZIP of no document.
    const fresh = join(dir, 'election-poster-fresh');
    const f = await run('build', campaign, 'poster,share', fresh);
    expect(f.code).toBe(1);
    expect(f.stderr).toContain('không làm được áp phích, ảnh áp phích');
    expect(await readdir(fresh).catch(() => [])).toEqual([]);
    // check says the same: such a build would fail.
    const c = await run('check', campaign, 'tracker');
    expect(c.code).toBe(1);
    expect(c.stderr).toContain(
      'không làm được bảng theo dõi: chiến dịch không có cuộc thi hoặc việc người dân cần làm',
    );
    expect(c.stderr).toContain('actions (việc người dân cần làm) hoặc contest (cuộc thi)');
  });

  it('check --kind flyer of the election notice: the fields a flyer is made from without actions (qa40 M3)', async () => {
    const campaign = join(dir, 'election-flyer.yaml');
    await writeFile(campaign, ELECTION);
    const c = await run('check', campaign, 'flyer');
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('không làm được tờ rơi');
    // The kinds' hint, then the flyer's own fields: one sentence after the other.
    expect(c.stderr.replace(/\s+/g, ' ')).toContain(
      'chọn loại khác với --kind; chưa ghi tệp nào. Không có việc cần làm, tờ rơi vẫn làm được',
    );
    expect(c.stderr).toContain(
      'Không có việc cần làm, tờ rơi vẫn làm được khi có mục points (điều cần biết: những điều người dân cần biết, không phải đánh dấu) hoặc when, where, deadline (thời gian, địa điểm, thời hạn); mục bring và hotlines (cần mang theo, số điện thoại cần biết) được in kèm, nhưng riêng chúng thì không đủ để làm tờ rơi.',
    );
  });

  it('a kind it can make asked beside one it cannot: that one built, the other named in a warning', async () => {
    const file = join(dir, 'election-mixed.yaml');
    await writeFile(file, ELECTION);
    const out = join(dir, 'election-mixed');
    const r = await run('build', file, 'notice,poster', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('chỉ làm thông báo');
    expect((await readdir(join(out, 'to-dan-pho-so-1'))).sort()).toEqual(['notice.pdf']);
    // The ZIP holds the notice: at least its local header and the PDF.
    const zip = await readFile(join(out, 'zip', 'to-dan-pho-so-1.zip'));
    expect(zip.length).toBeGreaterThan(1000);
  });
});

describe('an app drive whose first action is installing the app', () => {
  it('ticks installing the app in one column, not two, with nothing to say about it', async () => {
    const { out, result } = await vneidBuild();
    // The install action's column is the app's own: one column, and no warning whose hint says
    // there is nothing to fix (qa10 Q8 said it as "named twice", qa14 as a warning to ignore).
    const said = result.warnings.map((w) => w.message).join('\n');
    expect(said).not.toContain('named twice');
    expect(said).not.toContain(`Đã cài ${APP}`);
    const [first] = await pdfPageTexts(join(out, 'to-dan-pho-so-1', 'tracker.pdf'));
    const page1 = collapseSpaces(first ?? '');
    expect(page1.split(`Đã cài ${APP}`).length - 1).toBe(1);
    expect(page1).toContain('Đã kích hoạt mức 2');
  });

  it('takes the install action’s own short column for the app’s, whatever it is called (qa14)', async () => {
    const short = VNEID.replace(`    column: Đã cài ${APP}\n`, '    column: Đã cài\n');
    expect(short).toContain('column: Đã cài\n');
    // The tracking sheet alone: the only document looked at.
    const { out } = await buildOf('vneid-short', short, ['tracker']);
    const [first] = await pdfPageTexts(join(out, 'to-dan-pho-so-1', 'tracker.pdf'));
    const page1 = collapseSpaces(first ?? '');
    // "Đã cài" once, as the office named it, and not the app's "Đã cài VNeID" beside it.
    expect(page1).not.toContain(`Đã cài ${APP}`);
    expect(page1.match(/Đã cài/g)).toHaveLength(1);
    expect(page1).toContain('Đã kích hoạt mức 2');
  });

  it('heads the flyer with the subject as a sentence: its first letter upper case', async () => {
    const { out } = await vneidBuild();
    const text = collapseSpaces(await pdfText(join(out, 'to-dan-pho-so-1', 'flyer.pdf')));
    expect(text).toContain('Kích hoạt tài khoản định danh điện tử mức độ 2');
  });
});

describe('an app whose store links give no labels (qa14: the studio asked for them)', () => {
  it('prints the phones’ names over the codes, as README says: "iPhone (iOS)" and "Android"', async () => {
    const unlabelled = VNEID.replace(', label: iPhone }', ' }').replace(', label: Android }', ' }');
    expect(unlabelled).not.toContain('label:');
    // The kinds that print the store links' codes and their names.
    const { out, result } = await buildOf('vneid-no-labels', unlabelled, ['poster', 'share']);
    expect(result.failed).toEqual([]);
    const text = collapseSpaces(await pdfText(join(out, 'to-dan-pho-so-1', 'poster-a4.pdf')));
    expect(text).toContain('iPhone (iOS)');
    expect(text).toContain('Android');
  });
});
