/**
 * The Word import of a named document (Decree 30, Phụ lục III), as a ward's Thông báo of a fire
 * drill is typed (qa8 K5, K6): the header table, then the document's name "THÔNG BÁO" centred in
 * bold capitals and "Về việc …" under it. The name line is the notice's type, read as such and
 * listed among the guesses, never warned about as a line left out.
 */
import { Document, Packer, type Paragraph, type Table } from 'docx';
import { describe, expect, it } from 'vitest';
import { flyer } from '../../../src/kinds/flyer.js';
import { notice } from '../../../src/kinds/notice.js';
import { parseCampaignReport } from '../../../src/load/campaign.js';
import { describeWarning, importDocx } from '../../../src/load/docx/import-docx.js';
import type { Group } from '../../../src/load/types.js';
import { say } from '../../../src/messages/message.js';
import { collapseSpaces, pdfText } from '../../support/pdf-text.js';
import { renderFor } from '../../support/render.js';
import { headerTable, p, tailTable } from './notice-docx.js';

const PARTS = {
  parent: 'ỦY BAN NHÂN DÂN',
  issuer: ['PHƯỜNG AN PHÚ'],
  number: 'Số: 318/TB-UBND',
  placeDate: 'An Phú, ngày 25 tháng 11 năm 2026',
  subject: '',
  cc: ['Như trên;', 'Công an phường;', 'Lưu: VT.'],
  signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  signerName: 'Lê Hoàng Nam',
};
const NAME = 'THÔNG BÁO';
const SUBJECT = 'Về việc tổ chức diễn tập phương án chữa cháy tại khu dân cư năm 2026';
const WHEN = '7 giờ 30 phút, Chủ nhật ngày 13/12/2026.';
const WHERE = 'sân Nhà văn hóa khu phố 3, đường Nguyễn Thị Định.';

async function fireDrill(): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    headerTable(PARTS),
    p(NAME, { bold: true, center: true }),
    p(SUBJECT, { bold: true, center: true }),
    p('Kính gửi: Trưởng các khu phố trên địa bàn phường.', { center: true }),
    p('Ủy ban nhân dân phường An Phú thông báo tổ chức diễn tập như sau:'),
    p(`1. Thời gian: ${WHEN}`),
    p(`2. Địa điểm: ${WHERE}`),
    p('Đề nghị Trưởng các khu phố thông báo đến từng hộ gia đình.'),
    tailTable(PARTS),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

describe('import-docx of a Thông báo with its name line', () => {
  it('reads "THÔNG BÁO" as notice.type, lists it among the guesses and warns of nothing left out', async () => {
    const r = await importDocx(await fireDrill(), { source: 'tb.docx', today: '2026-12-01' });
    const warned = r.warnings.map(describeWarning);
    expect(warned.filter((w) => w.includes(NAME))).toEqual([]);
    const guess = r.guesses.find((g) => g.field === 'notice.type');
    expect(guess?.value).toBe('Thông báo');
    expect(guess?.from.map((s) => s.text)).toEqual([NAME]);
    expect(guess?.how && say(guess.how, 'vi')).toBe(
      'tên loại văn bản, chữ in hoa dưới phần đầu văn bản',
    );
    const { campaign } = parseCampaignReport(
      r.yaml.replace(/office: "?\(phòng phụ trách\)"?/, 'office: Công an phường'),
      'campaign.yaml',
    );
    expect(campaign.notice.type).toBe('Thông báo');
    expect(campaign.notice.subject).toBe(SUBJECT.replace(/^Về việc /, ''));
    // The notice prints its name once, where the document has it, and no "V/v".
    const group = { id: '1', name: 'Khu phố 1', source: { file: 'groups.csv', row: 2 } };
    const text = await pdfText((await renderFor(notice, campaign, group as Group)).bytes, {
      layout: true,
      lastPage: 1,
    });
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines.filter((l) => l === NAME)).toHaveLength(1);
    expect(collapseSpaces(text)).not.toContain('V/v');
  });
});

describe('import-docx of the body\'s "Thời gian:" and "Địa điểm:" lines (qa8 K6)', () => {
  it('guesses when and where from them, printed on the flyer under its title', async () => {
    const r = await importDocx(await fireDrill(), { source: 'tb.docx', today: '2026-12-01' });
    // The document's own words, without the sentence's last stop.
    const when = WHEN.replace(/\.$/, '');
    const where = WHERE.replace(/\.$/, '');
    const guessed = (field: string) => r.guesses.find((g) => g.field === field);
    expect(guessed('when')?.value).toBe(when);
    expect(guessed('when')?.from.map((s) => s.text)).toEqual([`1. Thời gian: ${WHEN}`]);
    expect(guessed('where')?.value).toBe(where);
    expect(r.yaml).toContain(`# GUESS from paragraph ${guessed('when')?.from[0]?.paragraph}`);
    const yaml = `${r.yaml.replace(/office: "?\(phòng phụ trách\)"?/, 'office: Công an phường')}actions:
  - step: Mỗi hộ cử 01 người tham gia, mang theo bình chữa cháy
`;
    const { campaign } = parseCampaignReport(yaml, 'campaign.yaml');
    expect([campaign.when, campaign.where]).toEqual([when, where]);
    const group = { id: '1', name: 'Khu phố 1', source: { file: 'groups.csv', row: 2 } };
    const text = collapseSpaces(
      await pdfText((await renderFor(flyer, campaign, group as Group)).bytes),
    );
    expect(text).toContain(`Thời gian: ${when}`);
    expect(text).toContain(`Địa điểm: ${where}`);
  });
});

/** A Kế hoạch as Decree 30 lays it out: its name, then its trích yếu with no "V/v" (qa10 Q5). */
async function plan(opts: { kinhGui: boolean; subject: boolean }): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    headerTable({ ...PARTS, number: 'Số: 217/KH-UBND' }),
    p('KẾ HOẠCH', { bold: true, center: true }),
    ...(opts.subject ? [p(PLAN_SUBJECT, { bold: true, center: true })] : []),
    ...(opts.kinhGui ? [p('Kính gửi: Trưởng các khu phố trên địa bàn phường.')] : []),
    p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
    p('Huy động người dân tham gia khơi thông cống rãnh, thu gom rác thải.'),
    tailTable(PARTS),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
const PLAN_SUBJECT = 'Ra quân vệ sinh môi trường, khơi thông cống rãnh mùa mưa 2026';

describe('import-docx of a Kế hoạch: the line under its name is its trích yếu (qa10 Q5)', () => {
  for (const kinhGui of [true, false]) {
    it(`reads it as notice.subject, ${kinhGui ? 'with' : 'without'} a "Kính gửi" line, and warns of nothing left out`, async () => {
      const r = await importDocx(await plan({ kinhGui, subject: true }), {
        source: 'kh.docx',
        today: '2026-12-01',
      });
      const subject = r.guesses.find((g) => g.field === 'notice.subject');
      expect(subject?.value).toBe(PLAN_SUBJECT);
      expect(subject?.from.map((s) => s.text)).toEqual([PLAN_SUBJECT]);
      const warned = r.warnings.map(describeWarning);
      expect(
        warned.filter((w) => w.includes('notice.subject') || w.includes(PLAN_SUBJECT)),
      ).toEqual([]);
      // The body starts at its first heading, not at the trích yếu.
      const body = r.guesses.find((g) => g.field === 'notice.body');
      expect(body?.from[0]?.text).toBe('I. MỤC ĐÍCH, YÊU CẦU');
    });
  }

  it('a Kế hoạch without "Kính gửi" is imported with none: no placeholder, no warning, and it prints none (qa15 4)', async () => {
    const r = await importDocx(await plan({ kinhGui: false, subject: true }), {
      source: 'kh.docx',
      today: '2026-12-01',
    });
    const warned = r.warnings.map(describeWarning);
    expect(warned.filter((w) => /Kính gửi|recipients/.test(w))).toEqual([]);
    expect(r.missing).not.toContain('notice.recipients');
    const { campaign } = parseCampaignReport(r.yaml, 'campaign.yaml');
    expect(campaign.notice.recipients).toEqual([]);
    const group = { id: '1', name: 'Khu phố 1', source: { file: 'groups.csv', row: 2 } };
    const text = await pdfText((await renderFor(notice, campaign, group as Group)).bytes);
    expect(text).not.toContain('Kính gửi');
    expect(text).toContain('KẾ HOẠCH');
  });

  it('a công văn without "Kính gửi" is still told to fill it in', async () => {
    const children = [
      headerTable({ ...PARTS, number: 'Số: 217/UBND-VHXH' }),
      p('V/v ra quân vệ sinh môi trường'),
      p('Huy động người dân tham gia khơi thông cống rãnh, thu gom rác thải.'),
      tailTable(PARTS),
    ];
    const r = await importDocx(await Packer.toBuffer(new Document({ sections: [{ children }] })), {
      source: 'cv.docx',
      today: '2026-12-01',
    });
    expect(r.warnings.map(describeWarning).join('\n')).toContain('notice.recipients');
  });

  it('takes no body heading for the trích yếu when the document has none', async () => {
    const r = await importDocx(await plan({ kinhGui: false, subject: false }), {
      source: 'kh.docx',
      today: '2026-12-01',
    });
    expect(r.guesses.find((g) => g.field === 'notice.subject')).toBeUndefined();
    expect(r.guesses.find((g) => g.field === 'notice.body')?.from[0]?.text).toBe(
      'I. MỤC ĐÍCH, YÊU CẦU',
    );
  });
});

describe('import-docx of a Công điện with its urgency mark (qa21)', () => {
  it('reads "CÔNG ĐIỆN" as notice.type and the "KHẨN" line under the number as notice.urgency', async () => {
    const parts = { ...PARTS, number: 'Số: 07/CĐ-UBND' };
    const children: (Paragraph | Table)[] = [
      headerTable(parts),
      p('KHẨN', { bold: true }),
      p('CÔNG ĐIỆN', { bold: true, center: true }),
      p('Về việc chủ động ứng phó với bão số 3', { bold: true, center: true }),
      p('Kính gửi: Trưởng các khu phố.', { center: true }),
      p('Bão số 3 có khả năng đổ bộ vào địa bàn phường trong đêm nay.'),
      tailTable(parts),
    ];
    const docx = await Packer.toBuffer(new Document({ sections: [{ children }] }));
    const r = await importDocx(docx, { source: 'cd.docx', today: '2026-09-21' });
    expect(r.guesses.find((g) => g.field === 'notice.urgency')?.value).toBe('KHẨN');
    const { campaign } = parseCampaignReport(
      r.yaml.replace(/office: "?\(phòng phụ trách\)"?/, 'office: Công an phường'),
      'campaign.yaml',
    );
    expect(campaign.notice.type).toBe('Công điện');
    expect(campaign.notice.urgency).toBe('KHẨN');
    const group = { id: '1', name: 'Khu phố 1', source: { file: 'groups.csv', row: 2 } };
    const text = await pdfText((await renderFor(notice, campaign, group as Group)).bytes, {
      layout: true,
      lastPage: 1,
    });
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines.filter((l) => l === 'KHẨN')).toHaveLength(1);
    expect(lines.filter((l) => l === 'CÔNG ĐIỆN')).toHaveLength(1);
  });
});
