/**
 * qa11 Q13: `{{issuerInText}}` in the body names the issuer as running text ("tại Ủy ban nhân dân
 * phường Tân Định"), also when `issuer.name` is the header typed on one line (as a clerk types it,
 * and as import-docx writes it): it printed the header's capitals mid-sentence.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign, parseCampaignReport } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('the issuer in the body when its header is one line', () => {
  it('prints "Ủy ban nhân dân phường Tân Định" in the sentence, the header in capitals', async () => {
    const campaign = NOTICE_ONLY.replace(
      'name: [ỦY BAN NHÂN DÂN, PHƯỜNG TÂN ĐỊNH]',
      'name: [ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH]',
    ).replace(
      'body: Đề nghị các khu phố triển khai.',
      'body: Đề nghị các khu phố đăng ký tại {{issuerInText}}./.',
    );
    const built = await buildCampaignText(
      campaign,
      'STT,Tên tổ dân phố\n1,Tổ dân phố số 1\n',
      'notice',
    );
    expect(built.code, built.stderr).toBe(0);
    const text = await built.text('to-dan-pho-so-1', 'notice');
    expect(text).toContain('đăng ký tại Ủy ban nhân dân phường Tân Định./.');
    expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH');
    expect(text).not.toContain('tại ỦY BAN');
  });
});

/**
 * The rest of qa11 Q13: a header whose last line is not the ward, or that is typed on three
 * lines, printed its capitals mid-sentence; a header naming a xã over a campaign whose ward is a
 * phường (or the reverse) was not said at all. What a reader sees: the notice's body and annex
 * line, and `check`'s warning.
 */
describe('the issuer in the body, whatever lines its header is typed on', () => {
  let dir: string;
  const group: Group = { id: '1', name: 'Khu phố 7', source: { file: 'groups.csv', row: 2 } };

  /** The notice's text for a header (`issuer:` lines), its body naming the issuer. */
  async function noticeOf(issuer: string): Promise<string> {
    dir ??= await makeTempDir('phuong-print-issuer-');
    const yaml = NOTICE_ONLY.replace(
      /^issuer:\n(?: {2}.*\n)+?(?= {2}place:)/m,
      `issuer:\n${issuer}`,
    ).replace(
      'body: Đề nghị các khu phố triển khai.',
      'body: Đề nghị các khu phố báo cáo về {{issuerInText}} trước ngày 10./.',
    );
    if (!yaml.includes(issuer)) throw new Error('NOTICE_ONLY no longer has the issuer this edits');
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, yaml);
    const { campaign } = await loadCampaign(file);
    return collapseSpaces(await pdfText((await renderFor(notice, campaign, group)).bytes));
  }

  it.each([
    [
      'an office under its committee, both in the header',
      '  name: [UBND PHƯỜNG TÂN ĐỊNH, PHÒNG VĂN HÓA - XÃ HỘI]\n  ward: phường Tân Định\n',
      'UBND PHƯỜNG TÂN ĐỊNH PHÒNG VĂN HÓA - XÃ HỘI',
      'Phòng Văn hóa - Xã hội phường Tân Định',
    ],
    [
      'an office under its cơ quan chủ quản',
      '  parent: UBND PHƯỜNG TÂN ĐỊNH\n  name: [PHÒNG VĂN HÓA - XÃ HỘI]\n  ward: phường Tân Định\n',
      'UBND PHƯỜNG TÂN ĐỊNH PHÒNG VĂN HÓA - XÃ HỘI',
      'Phòng Văn hóa - Xã hội phường Tân Định',
    ],
    [
      'three lines, the ward cut in two',
      '  name: [ỦY BAN NHÂN DÂN, ĐẶC KHU, PHÚ QUỐC]\n  ward: đặc khu Phú Quốc\n',
      'ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC',
      'Ủy ban nhân dân đặc khu Phú Quốc',
    ],
    [
      'three lines, a Ban chỉ đạo under its commune',
      '  name: [ỦY BAN NHÂN DÂN, XÃ EA KAR, BAN CHỈ ĐẠO PHÒNG CHỐNG DỊCH]\n  ward: xã Ea Kar\n',
      'BAN CHỈ ĐẠO PHÒNG CHỐNG DỊCH',
      'Ban chỉ đạo phòng chống dịch xã Ea Kar',
    ],
    [
      // qa12 Q16: the city after the ward, as headers name it since the 2025 reorganisation.
      'the ward and its city after a comma',
      '  name: [ỦY BAN NHÂN DÂN, "PHƯỜNG BÌNH HƯNG HÒA, THÀNH PHỐ HỒ CHÍ MINH"]\n  ward: phường Bình Hưng Hòa\n',
      'PHƯỜNG BÌNH HƯNG HÒA, THÀNH PHỐ HỒ CHÍ MINH',
      'Ủy ban nhân dân phường Bình Hưng Hòa',
    ],
    [
      'the ward and its province after a dash',
      '  name: [ỦY BAN NHÂN DÂN XÃ AN BÌNH - TỈNH ĐỒNG NAI]\n  ward: xã An Bình\n',
      'ỦY BAN NHÂN DÂN XÃ AN BÌNH - TỈNH ĐỒNG NAI',
      'Ủy ban nhân dân xã An Bình',
    ],
    [
      // qa17: a body of the ward under its committee, its header naming the unit's word alone.
      "a ward's body named by its unit's word alone",
      '  parent: UBND PHƯỜNG TÂN ĐỊNH\n  name: [CÔNG AN PHƯỜNG]\n  ward: phường Tân Định\n',
      'CÔNG AN PHƯỜNG',
      'Công an phường Tân Định',
    ],
    [
      'one line with an abbreviation',
      '  name: [UBND XÃ TÂN HÒA]\n  ward: xã Tân Hòa\n',
      'UBND XÃ TÂN HÒA',
      'UBND xã Tân Hòa',
    ],
  ])('%s', async (_shape, issuer, header, inText) => {
    const text = await noticeOf(issuer);
    expect(text).toContain(header);
    expect(text).toContain(`báo cáo về ${inText} trước ngày 10./.`);
  });

  afterAll(() => dir && cleanupTempDir(dir));
});

describe('a header that names another unit than the ward', () => {
  /** The Vietnamese warnings of NOTICE_ONLY with its issuer's name written as `issuer`. */
  const warningsWith = (issuer: string) =>
    parseCampaignReport(
      NOTICE_ONLY.replace('name: [ỦY BAN NHÂN DÂN, PHƯỜNG TÂN ĐỊNH]', issuer),
      'campaign.yaml',
    ).warnings.map((w) => w.describe('vi'));

  it('is warned about, naming the file, the line and issuer.ward', async () => {
    expect(warningsWith('name: [ỦY BAN NHÂN DÂN, XÃ TÂN ĐỊNH]')).toContain(
      'campaign.yaml, dòng 4, mục “issuer.ward”: tên cơ quan ban hành ghi “XÃ TÂN ĐỊNH” (là xã) nhưng tên đơn vị trong câu văn ghi “phường Tân Định” (là phường): văn bản sẽ in một đơn vị ở đầu trang và một đơn vị khác trong câu',
    );
  });

  it('quotes a parent written as its lines on one line', () => {
    // review44 #10: issuer.parent as printed lines is joined by a line break; the warning quoted it.
    const warnings = warningsWith(
      'parent: [ỦY BAN NHÂN DÂN, XÃ TÂN ĐỊNH]\n  name: [PHÒNG VĂN HÓA - XÃ HỘI]',
    );
    expect(warnings).toContainEqual(
      expect.stringContaining(
        'tên cơ quan ban hành ghi “ỦY BAN NHÂN DÂN XÃ TÂN ĐỊNH” (là xã) nhưng tên đơn vị trong câu văn ghi “phường Tân Định”',
      ),
    );
  });

  it('is not when they agree, nor for an office "… - XÃ HỘI" of a phường', () => {
    const office = NOTICE_ONLY.replace(
      'name: [ỦY BAN NHÂN DÂN, PHƯỜNG TÂN ĐỊNH]',
      'parent: UBND PHƯỜNG TÂN ĐỊNH\n  name: [PHÒNG VĂN HÓA - XÃ HỘI]',
    );
    for (const yaml of [NOTICE_ONLY, office])
      expect(
        parseCampaignReport(yaml, 'campaign.yaml').warnings.map((w) => w.say('en')),
      ).not.toContainEqual(expect.stringContaining('the header says'));
  });
});
