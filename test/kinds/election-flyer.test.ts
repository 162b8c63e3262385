/**
 * qa40 M3: an election notice as a ward's election committee writes it — the time, each tổ's own
 * polling place, what to bring and the hotline, and nothing for residents to tick. Its flyer is
 * what voters are handed: it is made from those fields alone, and a field no paper document
 * prints is warned at its line. The inputs are the QA round's (test/fixtures/qa40: its campaign
 * and its 20-tổ list, UTF-8 BOM, ";" and CRLF); the commands run in this process in Vietnamese.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';
import {
  EVENT_SECTION,
  ownTemplates,
  POSTER_EVENT_AND_HOTLINES,
} from '../support/own-templates.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/qa40/', import.meta.url));
const CAMPAIGN = join(FIXTURES, 'bau-cu.yaml');
const GROUPS = join(FIXTURES, 'groups20.csv');
const vi = { env: { LANG: 'vi_VN.UTF-8' } };

let dir: string;
let campaignText: string;
/** Tổ 7's row of the list: its polling place. */
let row7: string[];
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-election-flyer-');
  campaignText = await readFile(CAMPAIGN, 'utf8');
  const lines = (await readFile(GROUPS, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
  row7 = (lines.find((l) => l.startsWith('7;')) ?? '').split(';');
});
afterAll(removeTempDirs);

/** The 1-based line of the campaign file where `key:` starts a line. */
const lineOfKey = (key: string) => lineOf(campaignText, `${key}:`);

/** The campaign's list under `key:` ("  - Thẻ cử tri"), as written. */
const listOf = (key: string): string[] => {
  const lines = campaignText.split('\n');
  const out: string[] = [];
  for (const l of lines.slice(lineOfKey(key))) {
    const m = /^ {2}- "?(.*?)"?$/.exec(l);
    if (!m?.[1]) break;
    out.push(m[1]);
  }
  return out;
};

const digits = (s: string) => s.replace(/\D/g, '');

/**
 * A copy of the tool's templates, as `name` in the test's folder, its flyer and its poster without
 * when/where (and the poster without the hotlines, which it prints too).
 */
const templatesWithoutEvent = (name: string) =>
  ownTemplates(join(dir, name), {
    'flyer.hbs': EVENT_SECTION,
    'poster.hbs': POSTER_EVENT_AND_HOTLINES,
  });

describe('an election notice with when, where, bring and hotlines and no actions (qa40 M3)', () => {
  it('makes the notice, a flyer and a poster that print the time and the tổ’s polling place (the flyer: what to bring and the hotline)', async () => {
    const out = join(dir, 'all');
    const r = await runCliInProcess(
      ['build', '--campaign', CAMPAIGN, '--groups', GROUPS, '--group', '7', '--out', out],
      vi,
    );
    expect(r.code).toBe(0);
    expect((await readdir(join(out, 'to-dan-pho-tan-lap'))).sort()).toEqual([
      'flyer.pdf',
      'notice.pdf',
      'poster-a3.pdf',
      'poster-a4.pdf',
      'share-flyer.png',
      'share.png',
    ]);
    // The kinds still left out are named, and the flyer, the poster (and their pictures) are not
    // among them: an election has no app, but a poster of when and where (qa50 p9).
    expect(r.stderr).toContain('chỉ làm thông báo, áp phích, ảnh áp phích, tờ rơi, ảnh tờ rơi');
    expect(r.stderr).toContain('(không làm phiếu kiểm tra, bảng theo dõi)');
    const text = collapseSpaces(await pdfText(join(out, 'to-dan-pho-tan-lap', 'flyer.pdf')));
    const when = /^when: "(.*)"$/m.exec(campaignText)?.[1] ?? '?';
    expect(text).toContain(`Thời gian: ${when}`);
    // where: "{{group.[Điểm bỏ phiếu]}}": tổ 7's own cell.
    const header = (await readFile(GROUPS, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
    const place = row7[header.split(';').indexOf('Điểm bỏ phiếu')] ?? '?';
    expect(place).not.toBe('');
    expect(text).toContain(`Địa điểm: ${place}`);
    // The poster to hang at the polling place's door: the same time and the tổ's own place.
    const poster = collapseSpaces(await pdfText(join(out, 'to-dan-pho-tan-lap', 'poster-a4.pdf')));
    expect(poster).toContain(`Thời gian: ${when}`);
    expect(poster).toContain(`Địa điểm: ${place}`);
    for (const item of listOf('bring')) expect(text).toContain(item);
    const [hotline] = listOf('hotlines');
    const [who, number] = (hotline ?? '').split(': ');
    expect(text).toContain(`${who}:`);
    expect(digits(text)).toContain(digits(number ?? '?'));
    // The hotline is the office's own phone (issuer.phone): printed once on each paper, in the
    // hotlines, not again in the contact line (qa51). The flyer's sheet holds its copies.
    const phone = digits(/^ {2}phone: "(.*)"$/m.exec(campaignText)?.[1] ?? '?');
    expect(phone).toBe(digits(number ?? '?'));
    const times = (t: string) => digits(t.replace(/\s/g, '')).split(phone).length - 1;
    expect(times(poster)).toBe(1);
    expect(times(text)).toBe(text.split('Số điện thoại cần biết').length - 1);
  });

  it('--kind checklist is refused in Vietnamese, saying what it prints from; --kind flyer is made', async () => {
    const c = await runCliInProcess(
      ['check', '--campaign', CAMPAIGN, '--groups', GROUPS, '--kind', 'checklist'],
      vi,
    );
    expect(c.code).toBe(1);
    expect(c.stderr).toContain(
      'không làm được phiếu kiểm tra: chiến dịch không có cuộc thi hoặc việc người dân cần làm',
    );
    expect(c.stderr).toContain('actions (việc người dân cần làm) hoặc contest (cuộc thi)');
    const f = await runCliInProcess(
      ['check', '--campaign', CAMPAIGN, '--groups', GROUPS, '--kind', 'flyer'],
      vi,
    );
    expect(f.code).toBe(0);
    expect(f.stderr).not.toContain('không làm được tờ rơi');
  });

  it('an own flyer template without the when/where lines: no flyer, and each field is warned at its line, as printed on no paper', async () => {
    const own = await templatesWithoutEvent('templates');
    const r = await runCliInProcess(
      ['check', '--campaign', CAMPAIGN, '--groups', GROUPS, '--templates', own],
      vi,
    );
    expect(r.code).toBe(0);
    // Without the time and place, that flyer has no steps and no event: it is not made
    // (review42 #2), so what to bring and the hotline are printed on no paper either.
    expect(r.stderr).toContain('(không làm áp phích, ảnh áp phích, tờ rơi,');
    // A list is warned at its first item, the line under its key.
    for (const [field, line] of [
      ['when', lineOfKey('when')],
      ['where', lineOfKey('where')],
      ['bring', lineOfKey('bring') + 1],
      ['hotlines', lineOfKey('hotlines') + 1],
    ])
      expect(r.stderr).toContain(
        `${CAMPAIGN}, dòng ${line}, mục “${field}”: mục “${field}” có nội dung nhưng không có tài liệu giấy nào của chiến dịch này in mục đó`,
      );
  });

  it('a `when` with a warning of its own (a weekday that is not the date’s) is still warned as printed on no paper', async () => {
    const own = await templatesWithoutEvent('templates-weekday');
    // 13/12/2026 is a Sunday (Chủ nhật): "Thứ Hai" is warned of at the same field.
    const campaign = join(dir, 'bau-cu-thu-hai.yaml');
    const text = campaignText.replace(
      /^(when: .*)Chủ nhật, ngày 13\/12\/2026/m,
      '$1Thứ Hai, ngày 13/12/2026',
    );
    expect(text).not.toBe(campaignText);
    await writeFile(campaign, text);
    const r = await runCliInProcess(
      ['check', '--campaign', campaign, '--groups', GROUPS, '--templates', own],
      vi,
    );
    expect(r.code).toBe(0);
    const at = `${campaign}, dòng ${lineOfKey('when')}, mục “when”: `;
    const warnings = r.stderr.split('\n').filter((l) => l.includes(at));
    // Both: the weekday, and that no paper prints the time at all.
    expect(warnings.some((l) => /Thứ Hai|thứ Hai/.test(l))).toBe(true);
    expect(r.stderr).toContain(
      `${at}mục “when” có nội dung nhưng không có tài liệu giấy nào của chiến dịch này in mục đó`,
    );
  });
});

describe('a time and place that are both columns of the list, empty in its first row (review52 #2)', () => {
  it('the posters and flyers are still made (not judged on the first tổ alone), and that tổ’s are named as printing neither (review52 #8)', async () => {
    // when: tổ by tổ too ("Ngày tiêm"), as where is; the list's first row has neither. In a
    // folder of its own: dir's templates/ (the cases above) would be the campaign's.
    const own = join(dir, 'first-empty');
    await mkdir(own);
    const campaign = join(own, 'bau-cu-to.yaml');
    await writeFile(campaign, campaignText.replace(/^when: .*$/m, 'when: "{{group.[Ngày tiêm]}}"'));
    const [header = '', ...rows] = (await readFile(join(FIXTURES, 'groups.csv'), 'utf8'))
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const columns = header.split(';');
    const firstRow = (rows[0] ?? '').split(';');
    for (const name of ['Ngày tiêm', 'Điểm bỏ phiếu']) firstRow[columns.indexOf(name)] = '';
    const groups = join(own, 'groups.csv');
    await writeFile(groups, [header, firstRow.join(';'), ...rows.slice(1)].join('\n'));
    const r = await runCliInProcess(
      ['check', '--campaign', campaign, '--groups', groups, '--kind', 'poster,flyer'],
      vi,
    );
    expect(r.stderr).not.toContain('không làm được');
    expect(r.code).toBe(0);
    // The first tổ's own poster and flyer have neither (review52 #8): named with the papers.
    const name = firstRow[columns.indexOf('Tên tổ dân phố')];
    expect(collapseSpaces(r.stderr)).toContain(
      `áp phích và tờ rơi của 1 tổ không có thời gian, địa điểm hay việc cần làm để in: ô thời gian và địa điểm trong danh sách để trống (2: ${name})`,
    );
  });
});
