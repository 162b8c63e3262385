/**
 * import-docx carries the size the office typed its body in (qa42 F13.3: a body at 14 pt came
 * out at 13): `notice.bodySize: 14` in the campaign.yaml when Word set the body at 14 pt, on its
 * runs or by the document's default style, and the built notice's body words as tall as 14 pt
 * makes them (pdftotext -bbox); a size the Decree does not allow (12 pt) is not carried.
 */
import { Document, Packer, Paragraph, type Table, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { notice } from '../../../src/kinds/notice.js';
import { parseCampaignReport } from '../../../src/load/campaign.js';
import { importDocx } from '../../../src/load/docx/import-docx.js';
import type { Group } from '../../../src/load/types.js';
import { pdfWords } from '../../support/pdf-text.js';
import { renderFor } from '../../support/render.js';
import { headerTable, tailTable } from './notice-docx.js';

const PARTS = {
  parent: '',
  issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NGÔ QUYỀN'],
  number: 'Số: 45/UBND-VHXH',
  placeDate: 'Ngô Quyền, ngày 12 tháng 11 năm 2026',
  subject: 'V/v tổ chức tập huấn kỹ năng phòng cháy, chữa cháy',
  cc: ['Như trên;', 'Lưu: VT, VHXH.'],
  signer: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  signerName: 'Lê Thị Hoa',
};
const BODY = [
  'Thực hiện Kế hoạch số 210/KH-UBND ngày 01/11/2026 của Ủy ban nhân dân thành phố, Ủy ban nhân dân phường tổ chức tập huấn kỹ năng phòng cháy, chữa cháy cho các hộ gia đình.',
  'Đề nghị Trưởng các tổ dân phố thông báo đến từng hộ gia đình trên địa bàn./.',
];

/**
 * The notice with its body's runs at `runSize` pt (none: as the style says) and the document's
 * default run size `defaultSize` pt (none: Word's own).
 */
async function noticeAt(runSize?: number, defaultSize?: number): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    headerTable(PARTS),
    new Paragraph({
      children: [new TextRun('Kính gửi: Trưởng các tổ dân phố trên địa bàn phường.')],
    }),
    ...BODY.map(
      (text) =>
        new Paragraph({
          indent: { firstLine: 720 },
          children: [new TextRun({ text, ...(runSize ? { size: runSize * 2 } : {}) })],
        }),
    ),
    tailTable(PARTS),
  ];
  const styles = defaultSize ? { default: { document: { run: { size: defaultSize * 2 } } } } : {};
  return new Uint8Array(await Packer.toBuffer(new Document({ styles, sections: [{ children }] })));
}

const group = { id: '1', name: 'Tổ dân phố số 1', source: { file: 'groups.csv', row: 2 } };

/** The import's campaign.yaml. */
async function imported(bytes: Uint8Array): Promise<string> {
  return (await importDocx(bytes, { source: 'cv.docx', today: '2026-12-01' })).yaml;
}

/** The height of the first body word of the notice built from an import's campaign.yaml. */
async function bodyWordHeight(yaml: string): Promise<number> {
  const filled = yaml
    .replace(/ward: "?\(.*?\)"?/, 'ward: phường Ngô Quyền')
    .replace(/office: "?\(.*?\)"?/, 'office: Văn phòng UBND');
  const { campaign } = parseCampaignReport(filled, 'campaign.yaml');
  const words = (await pdfWords((await renderFor(notice, campaign, group as Group)).bytes)).filter(
    (w) => w.page === 1,
  );
  const word = words.find((w) => w.text === 'Thực');
  if (!word) throw new Error('no body word "Thực"');
  return word.yMax - word.yMin;
}

describe('import-docx: the body’s type size (notice.bodySize)', () => {
  it('carries 14 pt, typed on the runs or set by the default style; the notice prints it', async () => {
    const at12 = await imported(await noticeAt(12));
    expect(at12).not.toContain('bodySize');
    const onRuns = await imported(await noticeAt(14));
    expect(onRuns).toMatch(/^ {2}bodySize: 14$/m);
    // 14 pt is 14/13 of the 13 pt the 12-pt body was set at (the Decree's 13 to 14): the two
    // notices drawn, the only ones whose print is checked.
    const [h14, h12] = await Promise.all([bodyWordHeight(onRuns), bodyWordHeight(at12)]);
    expect(h14 / h12).toBeCloseTo(14 / 13, 2);
    expect(await imported(await noticeAt(undefined, 14))).toMatch(/^ {2}bodySize: 14$/m);
  });

  it('carries 13 pt as 13', async () => {
    expect(await imported(await noticeAt(13))).toMatch(/^ {2}bodySize: 13$/m);
  });
});
