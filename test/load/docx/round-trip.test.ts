/**
 * The example ward's notice (the seed notice) written out as Word would have it — bold "I." and
 * "1." titles, typed "- " points, bold and bold-italic runs, the header and signature tables, the
 * seed's "Kính gửi" list — and imported back: the body prints the same blocks as the example's
 * own body (both parsed by the template stage), and every field comes back as it was.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { Marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { loadCampaign, parseCampaignReport } from '../../../src/load/campaign.js';
import { importDocx } from '../../../src/load/docx/import-docx.js';
import { documentNumber } from '../../../src/model/format.js';
import { parseMarkdown } from '../../../src/template/markdown.js';
import { headerTable, p, tailTable } from './notice-docx.js';

const EXAMPLE = new URL('../../../examples/hai-phong/campaign.yaml', import.meta.url).pathname;

/** The seed notice's "Kính gửi" list (/work/shared/seed/cong-van-phat-dong.txt). */
const SEED_RECIPIENTS = [
  'Thường trực Đảng ủy;',
  'Thường trực Hội đồng nhân dân;',
  'Ủy ban MTTQVN phường và các tổ chức thành viên;',
  'Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc phường;',
  'Công an phường, Ban Chỉ huy quân sự phường;',
  'Ban Giám hiệu các trường học trên địa bàn phường;',
  'Các cơ quan, tổ chức, doanh nghiệp trên địa bàn phường;',
  'Các Tổ dân phố trên địa bàn phường.',
];

interface Style {
  bold?: boolean;
  italics?: boolean;
}

/** Inline Markdown → Word runs, as the office would have typed and formatted them. */
function runs(tokens: readonly Token[] | undefined, style: Style = {}): TextRun[] {
  return (tokens ?? []).flatMap((t): TextRun[] => {
    if (t.type === 'strong') return runs((t as Tokens.Strong).tokens, { ...style, bold: true });
    if (t.type === 'em') return runs((t as Tokens.Em).tokens, { ...style, italics: true });
    if (t.type === 'link') return [new TextRun({ text: (t as Tokens.Link).text, ...style })];
    if (t.type === 'text' && (t as Tokens.Text).tokens)
      return runs((t as Tokens.Text).tokens, style);
    return [new TextRun({ text: (t as Tokens.Text).text, ...style })];
  });
}

/** The body's Markdown as Word paragraphs: titles bold, points with a typed dash. */
function wordBody(markdown: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const t of new Marked({ gfm: true }).lexer(markdown)) {
    if (t.type === 'heading')
      out.push(new Paragraph({ children: runs((t as Tokens.Heading).tokens, { bold: true }) }));
    else if (t.type === 'paragraph')
      out.push(new Paragraph({ children: runs((t as Tokens.Paragraph).tokens) }));
    else if (t.type === 'list') {
      for (const item of (t as Tokens.List).items) {
        const first = item.tokens[0] as Tokens.Text;
        out.push(new Paragraph({ children: [new TextRun('- '), ...runs(first.tokens)] }));
      }
    } else expect(t.type).toBe('space');
  }
  return out;
}

describe('import-docx round trip', () => {
  it('gives back the example notice: its fields, and a body that prints the same blocks', async () => {
    const { campaign: c } = await loadCampaign(EXAMPLE);
    const shortDate = (iso = '') => iso.split('-').reverse().join('/');
    const body = c.notice.body
      .replace(/\{\{links\.(\w+)\.url\}\}/g, (_, k: string) => c.links[k]?.url ?? '')
      .replace(/\{\{contestDates\.(starts|ends)\.short\}\}/g, (_, k: 'starts' | 'ends') =>
        shortDate(c.contest?.[k]),
      );
    expect(body).not.toContain('{{');
    const [year, month, day] = c.issued.split('-');
    const parts = {
      parent: 'UBND THÀNH PHỐ HẢI PHÒNG',
      issuer: c.issuer.name,
      number: `Số: ${documentNumber(c.notice.number, c.notice.symbol)}`,
      placeDate: `${c.issuer.place}, ngày ${day} tháng ${month} năm ${year}`,
      subject: `V/v ${c.notice.subject}`,
      cc: c.notice.cc,
      signer: c.notice.signer.lines,
      signerName: c.notice.signer.name,
    };
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              headerTable(parts),
              p('Kính gửi:'),
              ...SEED_RECIPIENTS.map((r) => p(`- ${r}`)),
              ...wordBody(body),
              tailTable(parts),
            ],
          },
        ],
      }),
    );
    const r = await importDocx(docx, { source: 'cong-van.docx', today: '2026-11-30' });
    const { campaign } = parseCampaignReport(r.yaml, 'campaign.yaml');
    expect(campaign.issued).toBe(c.issued);
    expect(campaign.issuer.parent).toBe(parts.parent);
    expect(campaign.issuer.name).toEqual(c.issuer.name);
    expect(campaign.issuer.place).toBe(c.issuer.place);
    expect(campaign.issuer.ward).toBe(c.issuer.ward);
    expect(campaign.issuer.office).toBe('Phòng Văn hóa - Xã hội');
    expect([campaign.notice.number, campaign.notice.symbol]).toEqual([
      c.notice.number,
      c.notice.symbol,
    ]);
    expect(campaign.notice.subject).toBe(c.notice.subject);
    expect(campaign.notice.recipients).toEqual(SEED_RECIPIENTS);
    expect(campaign.notice.signer).toEqual(c.notice.signer);
    expect(campaign.notice.cc).toEqual(c.notice.cc);
    const printed = parseMarkdown(campaign.notice.body);
    expect(printed.problems).toEqual([]);
    expect(printed.blocks).toEqual(parseMarkdown(body).blocks);
    // Nothing of this document is left out: the one warning is the rule under the issuer.
    expect(r.warnings.map((w) => w.text)).toEqual(['—————']);
  });
});
