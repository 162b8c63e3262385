/**
 * The Word import's notes on small things (qa33 m2, m6): a "V/v" broken with Shift+Enter is one
 * paragraph and is named once; tabs that line a body paragraph's parts up (they print as one
 * space) are warned about at their paragraph.
 */
import { Document, Packer, Paragraph, type Table, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  describeSources,
  describeWarning,
  importDocx,
} from '../../../src/load/docx/import-docx.js';
import { headerTable, p, tailTable } from './notice-docx.js';

const parts = {
  parent: '',
  issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG LÊ CHÂN'],
  number: 'Số: 140/UBND-VHXH',
  placeDate: 'Lê Chân, ngày 22 tháng 12 năm 2026',
  subject: '',
  cc: ['Như trên;', 'Lưu: VT.'],
  signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  signerName: 'Phạm Thị Thu',
};

describe('import-docx notes', () => {
  it('names a "V/v" broken with Shift+Enter once, and warns of tabs lining up a body paragraph', async () => {
    const header = headerTable(parts);
    const subject = new Paragraph({
      children: [
        new TextRun('V/v tổ chức tiêm vắc xin phòng bệnh sởi'),
        new TextRun({ text: 'cho trẻ em từ 1 đến 10 tuổi', break: 1 }),
      ],
    });
    const tabbed = new Paragraph({
      children: [
        new TextRun('Mọi thông tin liên hệ:'),
        new TextRun('\tĐ/c Nguyễn Thị Lan'),
        new TextRun('\tSĐT: 0912 111 222'),
      ],
    });
    const children: (Paragraph | Table)[] = [
      header,
      subject,
      p('Kính gửi: Các Tổ dân phố trên địa bàn phường.'),
      p('Ủy ban nhân dân phường đề nghị các Tổ dân phố vận động người dân đưa trẻ đi tiêm.'),
      tabbed,
      tailTable(parts),
    ];
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
    const r = await importDocx(new Uint8Array(bytes), { source: 'cv.docx', today: '2026-01-01' });
    const guess = r.guesses.find((g) => g.field === 'notice.subject');
    expect(guess?.value).toBe('tổ chức tiêm vắc xin phòng bệnh sởi cho trẻ em từ 1 đến 10 tuổi');
    expect(describeSources(guess?.from ?? [])).toMatch(/^paragraph \d+ \("V\/v/);
    expect(r.warnings.map(describeWarning)).toContainEqual(
      expect.stringMatching(
        /\("Mọi thông tin liên hệ: Đ\/c Nguyễn Thị Lan SĐT: 0912 111 222"\): tabs that line its parts up are printed as one space/,
      ),
    );
  });
});
