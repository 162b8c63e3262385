/**
 * qa50: a ward's Thông báo as Word has it, imported and printed. Its name "THÔNG BÁO", then
 * "Về việc …" under it and a rule typed with underscores under that (m1: the rule was the body's
 * first paragraph, a stray line on every copy; m3: the notice printed "Mở Lớp …", not the
 * words the notice was signed with), a Zalo group's address typed in the body (m5: the notice's
 * annex had its code, the flyer none, until the clerk typed it again under "Đường dẫn"). And
 * the studio's form saving a field the import guessed (p5: the "# GUESS from paragraph …" comment
 * stayed above the clerk's own value).
 */
import { Document as Docx, Packer, type Paragraph, type Table } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { flyer } from '../../../src/kinds/flyer.js';
import { notice } from '../../../src/kinds/notice.js';
import { type Campaign, parseCampaignReport } from '../../../src/load/campaign.js';
import { type DocxImport, importDocx, warningIn } from '../../../src/load/docx/import-docx.js';
import type { Group } from '../../../src/load/types.js';
import { applyForm, formValues } from '../../../src/studio/campaign-fields.js';
import { collapseSpaces, pdfText } from '../../support/pdf-text.js';
import { decodeQrCodes } from '../../support/qr.js';
import { rasterize } from '../../support/raster.js';
import { renderFor } from '../../support/render.js';
import { removeTempDirs } from '../../support/tmp.js';
import { headerTable, p, tailTable } from './notice-docx.js';

const PARTS = {
  parent: 'ỦY BAN NHÂN DÂN',
  issuer: ['PHƯỜNG NGỌC HÀ'],
  number: 'Số: 215/TB-UBND',
  placeDate: 'Ngọc Hà, ngày 04 tháng 12 năm 2026',
  subject: '',
  cc: ['Hội Người cao tuổi phường;', 'Các tổ dân phố;', 'Lưu: VT, VHXH.'],
  signer: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  signerName: 'Đỗ Thị Thu Hương',
};
const SUBJECT = 'Về việc mở Lớp bồi dưỡng kỹ năng số cho người cao tuổi năm 2026';
const RULE = '______';
const FIRST = 'Ủy ban nhân dân phường Ngọc Hà thông báo mở Lớp bồi dưỡng kỹ năng số như sau:';
const BLANK_LINE = '--------------------';
const ZALO = 'https://zalo.me/g/ngocha-knsnct';
const ZALO_SAYS = 'Sau khi đăng ký, học viên tham gia nhóm Zalo của lớp học';
const WHEN = 'từ ngày 12/12/2026 đến ngày 20/12/2026';

async function classNotice(): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    headerTable(PARTS),
    p('THÔNG BÁO', { bold: true, center: true }),
    p(SUBJECT, { bold: true, center: true }),
    p(RULE, { center: true }),
    p(FIRST),
    p(`Thời gian: ${WHEN}.`),
    p('Địa điểm: các nhà văn hóa tổ dân phố.'),
    p(BLANK_LINE),
    p(`${ZALO_SAYS} tại địa chỉ: ${ZALO} để nhận tài liệu.`),
    tailTable(PARTS),
  ];
  return Packer.toBuffer(new Docx({ sections: [{ children }] }));
}

const group = { id: '4', name: 'Tổ dân phố số 4', source: { file: 'groups.csv', row: 5 } };
let r: DocxImport;
let campaign: Campaign;
beforeAll(async () => {
  r = await importDocx(await classNotice(), { source: 'tb.docx', today: '2026-12-05' });
  campaign = parseCampaignReport(r.yaml, 'campaign.yaml').campaign;
});
afterAll(removeTempDirs);

describe('import-docx of a Thông báo with a rule typed under its trích yếu (qa50 m1)', () => {
  it('leaves the rule out of the body with the header rules’ warning, and warns of a dashed line in the body', () => {
    expect(campaign.notice.body.startsWith(FIRST)).toBe(true);
    expect(campaign.notice.body).not.toContain('\\_');
    const warned = r.warnings.map((w) => warningIn(w, 'vi'));
    expect(warned.filter((w) => w.includes(`“${RULE}”`))).toEqual([
      expect.stringMatching(
        /“______”\): đường kẻ vẽ bằng ký tự không được đưa vào \(thông báo tự kẻ\)$/,
      ),
    ]);
    expect(warned.filter((w) => w.includes(BLANK_LINE))).toEqual([
      expect.stringContaining('chỉ có dấu gạch dưới hoặc gạch ngang trong nội dung'),
    ]);
  });
});

describe('the trích yếu of a named document (qa50 m3)', () => {
  it('prints under the name with the words the office typed, "Về việc" too', async () => {
    expect(r.guesses.find((g) => g.field === 'notice.subject')?.value).toBe(SUBJECT);
    const text = collapseSpaces(
      await pdfText((await renderFor(notice, campaign, group as Group)).bytes, { lastPage: 1 }),
    );
    expect(text).toContain(`THÔNG BÁO ${SUBJECT}`);
    expect(text).not.toContain('V/v');
  });
});

describe('a web address typed in the body (qa50 m5)', () => {
  it('is one of the links, labelled as its sentence says, its guess named; the flyer prints its code', async () => {
    expect(campaign.links).toEqual({ zalo: { url: ZALO, label: ZALO_SAYS } });
    expect(r.yaml).toMatch(/# GUESS from paragraph \d+ \("Sau khi đăng ký[^\n]*\n\s+zalo:/);
    const pdf = (await renderFor(flyer, campaign, group as Group)).bytes;
    expect(collapseSpaces(await pdfText(pdf))).toContain(ZALO_SAYS);
    const [png] = await rasterize(pdf, { dpi: 150, page: 1 });
    expect(await decodeQrCodes(png as string)).toEqual([ZALO, ZALO]);
  });
});

describe('a guessed field changed in the studio (qa50 p5)', () => {
  it('loses its "GUESS from" comment; the fields left as they were keep theirs', () => {
    const doc = parseDocument(r.yaml);
    const form = {
      ...formValues(parse(r.yaml)),
      when: 'Thứ Bảy, 12/12/2026, 8h00 - 10h30',
      // The first key of its map: yaml reads the comment above it as the map's.
      links: `Nhóm Zalo lớp kỹ năng số | ${ZALO}`,
    };
    applyForm(doc, form);
    const text = doc.toString();
    expect(text).toMatch(/\nwhen: Thứ Bảy/);
    expect(text).not.toContain('("Thời gian:');
    expect(text).toMatch(/\nlinks:\n\s+zalo:/);
    expect(text).toMatch(/# GUESS from paragraph \d+ \("Địa điểm:[^\n]*\nwhere:/);
    expect(text).toMatch(/# GUESS from paragraph \d+ \("PHƯỜNG NGỌC HÀ"\)[^\n]*\n\s+ward:/);
  });
});
