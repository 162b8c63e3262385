/**
 * The Word import on a công điện (Decree 30, Phụ lục III, Mẫu 1.6; qa33 M1): its recipients are
 * under the "<ISSUER OR ITS HEAD> điện:" line, where a công văn has "Kính gửi:". They are read as
 * the recipients (not left in the body with the line), and the notice prints them once.
 */
import { AlignmentType, Document, Packer, Paragraph, type Table, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { describeWarning, importDocx } from '../../../src/load/docx/import-docx.js';
import { wordNoticeImporter } from '../../../src/studio/notice-import.js';
import { headerTable, p, tailTable } from './notice-docx.js';
import { importedCampaign, LE_CHAN, printedText } from './printed-notice.js';

const RECIPIENTS = [
  'Trưởng các Tổ dân phố;',
  'Công an phường, Ban Chỉ huy quân sự phường;',
  'Các cơ quan, đơn vị trên địa bàn phường.',
];
const BODY =
  'Để chủ động ứng phó với bão số 9, Chủ tịch UBND phường yêu cầu các đơn vị trực 24/24.';

const centredBold = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, bold: true })],
  });

async function congDien(sender: string, signer: string[]): Promise<Uint8Array> {
  const parts = { ...LE_CHAN, number: 'Số: 07/CĐ-UBND', signer };
  const children: (Paragraph | Table)[] = [
    headerTable(parts),
    centredBold('CÔNG ĐIỆN'),
    centredBold('Về việc chủ động ứng phó với bão số 9'),
    centredBold(`${sender} điện:`),
    ...RECIPIENTS.map((r) => p(`- ${r}`)),
    p(BODY),
    tailTable(parts),
  ];
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe('import-docx, a công điện', () => {
  it('reads the recipients under "CHỦ TỊCH … điện:" and prints them once, under that line', async () => {
    const sender = 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN';
    const r = await importDocx(await congDien(sender, ['CHỦ TỊCH']), {
      source: 'cd.docx',
      today: '2026-01-01',
    });
    expect(r.fields.recipients).toEqual(RECIPIENTS);
    expect(r.fields.body).not.toMatch(/điện:/);
    expect(r.warnings.map(describeWarning).join('\n')).not.toMatch(/điện|Kính gửi/);
    const campaign = importedCampaign(r.yaml, 'Ban Chỉ huy quân sự phường');
    expect(campaign.notice.recipients).toEqual(RECIPIENTS);
    const text = await printedText(campaign);
    expect(text.split(`${sender} điện:`).length - 1).toBe(1);
    for (const recipient of RECIPIENTS) expect(text.split(recipient).length - 1).toBe(1);
    expect(text.indexOf(`${sender} điện:`)).toBeLessThan(text.indexOf(RECIPIENTS[0] as string));
    expect(text.indexOf(RECIPIENTS[2] as string)).toBeLessThan(text.indexOf(BODY));
  });

  it('reads them under the committee\'s own "ỦY BAN NHÂN DÂN … điện:" and says what prints instead', async () => {
    const r = await importDocx(await congDien('ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN', ['CHỦ TỊCH']), {
      source: 'cd.docx',
      today: '2026-01-01',
    });
    expect(r.fields.recipients).toEqual(RECIPIENTS);
    expect(r.warnings.map(describeWarning)).toContainEqual(
      expect.stringMatching(
        /prints "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:".*not "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:" as the document has it: a committee's công điện is signed "TM\. ỦY BAN NHÂN DÂN"/,
      ),
    );
  });

  it('says only what prints and what was typed when the line names another ward', async () => {
    const bytes = await congDien('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NGÔ QUYỀN', ['CHỦ TỊCH']);
    const r = await importDocx(bytes, { source: 'cd.docx', today: '2026-01-01' });
    expect(r.fields.recipients).toEqual(RECIPIENTS);
    const warning = r.warnings.map(describeWarning).find((w) => /điện:/.test(w)) ?? '';
    expect(warning).toMatch(
      /prints "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:".*not "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NGÔ QUYỀN điện:" as the document has it$/,
    );
    expect(warning).not.toMatch(/TM\./);
    const { notes } = await wordNoticeImporter(bytes, 'cd.docx');
    expect(notes).toContainEqual(
      expect.stringMatching(
        /công điện sẽ in “CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN điện:” .*không phải “CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NGÔ QUYỀN điện:” như trong văn bản$/,
      ),
    );
  });
});
