/**
 * The Word import on Word's automatic numbering (qa33 M3): the numbers printed are those Word
 * shows — a numbered list after a bullet list starts at 1, its second level "a)" is lettered, a
 * list numbered "I., II." keeps its roman numbers — with no warning: what prints is what Word shows
 * (qa33 m1: a warning only for what cannot be printed).
 */
import { LevelFormat, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describeWarning, importDocx, warningIn } from '../../../src/load/docx/import-docx.js';
import { wordNoticeImporter } from '../../../src/studio/notice-import.js';
import { edited, p, wardNoticeDocx } from './notice-docx.js';
import { importedCampaign, LE_CHAN, printedText } from './printed-notice.js';

const parts = { ...LE_CHAN, subject: 'V/v tổ chức tiêm vắc xin phòng bệnh sởi' };

const listed = (text: string, reference: string, level = 0) =>
  new Paragraph({ numbering: { reference, level }, children: [new TextRun(text)] });

describe('import-docx, Word numbering', () => {
  it('prints the numbers Word shows: 1., 2. after a bullet list, "a)" for the second level, "I." roman', async () => {
    const body = [
      p('Ủy ban nhân dân phường đề nghị các Tổ dân phố:'),
      listed('Tổ trưởng rà soát danh sách trẻ', 'dash'),
      listed('Thông báo trên loa truyền thanh của tổ', 'dash'),
      listed('Vận động gia đình đưa trẻ đi tiêm đúng lịch', 'dec'),
      listed('Báo cáo kết quả về phường', 'dec'),
      listed('trước ngày 28/12/2026 qua nhóm Zalo', 'dec', 1),
      p('Phần việc của phường:'),
      listed('Trạm Y tế phường chuẩn bị vắc xin', 'roman'),
      listed('Công an phường bảo đảm trật tự', 'roman'),
    ];
    const bytes = await wardNoticeDocx(parts, body, {
      config: [
        {
          reference: 'dash',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '-' }],
        },
        {
          reference: 'dec',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)' },
          ],
        },
        {
          reference: 'roman',
          levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' }],
        },
      ],
    });
    const r = await importDocx(new Uint8Array(bytes), { source: 'cv.docx', today: '2026-01-01' });
    const warnings = r.warnings.map(describeWarning);
    expect(warnings.filter((w) => /number/i.test(w))).toEqual([]);
    const { notes } = await wordNoticeImporter(new Uint8Array(bytes), 'cv.docx');
    expect(notes.filter((n) => /đánh số/.test(n))).toEqual([]);
    const text = await printedText(importedCampaign(r.yaml, 'Trạm Y tế phường'));
    expect(text).toContain('1. Vận động gia đình đưa trẻ đi tiêm đúng lịch');
    expect(text).toContain('2. Báo cáo kết quả về phường');
    expect(text).toContain('a) trước ngày 28/12/2026 qua nhóm Zalo');
    expect(text).toContain('I. Trạm Y tế phường chuẩn bị vắc xin');
    expect(text).toContain('II. Công an phường bảo đảm trật tự');
    expect(text).not.toMatch(/[34]\. (Vận động|Báo cáo)/);
  });
});

const TRACK = 'w:author="Văn thư" w:date="2026-12-20T08:00:00Z"';
const decimal = [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }];

/** The paragraph holding `text`'s run. */
const paragraphOf = (text: string) =>
  new RegExp(`<w:p>(?:(?!</w:p>)[\\s\\S])*?${text}[\\s\\S]*?</w:p>`);

/**
 * The document with its paragraph "ĐOẠN_XOÁ" deleted under tracked changes, mark and all (its
 * text as Word keeps it: "Thu phí vệ sinh").
 */
const withDeletedParagraph = (bytes: Uint8Array) =>
  edited(bytes, 'word/document.xml', (xml) =>
    xml.replace(paragraphOf('ĐOẠN_XOÁ'), (para) =>
      para
        .replace('</w:numPr>', `</w:numPr><w:rPr><w:del w:id="91" ${TRACK}/></w:rPr>`)
        .replace(
          /<w:r>(?:(?!<\/w:r>)[\s\S])*ĐOẠN_XOÁ[\s\S]*?<\/w:r>/,
          `<w:del w:id="92" ${TRACK}><w:r><w:delText>Thu phí vệ sinh</w:delText></w:r></w:del>`,
        ),
    ),
  );

async function imported(bytes: Uint8Array, office?: string) {
  const r = await importDocx(bytes, { source: 'cv.docx', today: '2026-01-01' });
  const vi = r.warnings.map((w) => warningIn(w, 'vi'));
  return { vi, text: await printedText(importedCampaign(r.yaml, office)) };
}

describe('import-docx, Word numbering Word counts its own way', () => {
  it('runs "Điều" on across "Chương" when the level says so (w:lvlRestart 0, Decree 30)', async () => {
    const body = [
      p('Ban tổ chức ban hành Thể lệ cuộc thi như sau:'),
      listed('Quy định chung', 'decree'),
      listed('Phạm vi điều chỉnh', 'decree', 1),
      listed('Đối tượng dự thi', 'decree', 1),
      listed('Nội dung cuộc thi', 'decree'),
      listed('Hình thức thi', 'decree', 1),
      listed('Giải thưởng', 'decree', 1),
    ];
    const bytes = await wardNoticeDocx(parts, body, {
      config: [
        {
          reference: 'decree',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: 'Chương %1' },
            { level: 1, format: LevelFormat.DECIMAL, text: 'Điều %2.' },
          ],
        },
      ],
    });
    const runOn = edited(bytes, 'word/numbering.xml', (xml) =>
      xml.replace(
        /(<w:lvl [^>]*w:ilvl="1"[^>]*>)((?:(?!<\/w:lvl>)[\s\S])*Điều %2\.)/,
        '$1<w:lvlRestart w:val="0"/>$2',
      ),
    );
    const { text } = await imported(runOn);
    for (const line of [
      'Chương I Quy định chung',
      'Điều 1. Phạm vi điều chỉnh',
      'Điều 2. Đối tượng dự thi',
      'Chương II Nội dung cuộc thi',
      'Điều 3. Hình thức thi',
      'Điều 4. Giải thưởng',
    ])
      expect(text).toContain(line);
  });

  it('does not count a numbered paragraph deleted under tracked changes, and asks to check the numbers', async () => {
    const body = [
      p('Ủy ban nhân dân phường đề nghị các Tổ dân phố:'),
      listed('Rà soát danh sách hộ gia đình', 'dec'),
      listed('ĐOẠN_XOÁ', 'dec'),
      listed('Báo cáo kết quả về phường', 'dec'),
    ];
    const bytes = await wardNoticeDocx(parts, body, {
      config: [{ reference: 'dec', levels: decimal }],
    });
    const deleted = withDeletedParagraph(bytes);
    const { vi, text } = await imported(deleted);
    expect(text).toContain('2. Báo cáo kết quả về phường');
    expect(text).not.toContain('Thu phí vệ sinh');
    expect(vi).toContainEqual(expect.stringMatching(/^đoạn \d+ .*kiểm tra lại số thứ tự/));
  });

  it('reads the numbering a paragraph has now, not the one tracked changes removed (w:pPrChange)', async () => {
    const body = [
      p('Ủy ban nhân dân phường đề nghị các Tổ dân phố:'),
      listed('Rà soát danh sách hộ gia đình', 'dec'),
      p('Lưu ý: danh sách gửi bản giấy.'),
      listed('Báo cáo kết quả về phường', 'dec'),
    ];
    const bytes = await wardNoticeDocx(parts, body, {
      config: [{ reference: 'dec', levels: decimal }],
    });
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(
      strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array),
    )?.[1];
    const unnumbered = edited(bytes, 'word/document.xml', (xml) =>
      xml.replace(paragraphOf('Lưu ý: danh sách'), (para) =>
        para.replace(
          '</w:pPr>',
          `<w:pPrChange w:id="93" ${TRACK}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr></w:pPrChange></w:pPr>`,
        ),
      ),
    );
    const { vi, text } = await imported(unnumbered);
    expect(text).toContain('2. Báo cáo kết quả về phường');
    expect(text).not.toMatch(/\d\. Lưu ý/);
    expect(vi).toContainEqual(expect.stringMatching(/kiểm tra lại số thứ tự/));
  });

  it('asks to check the numbers when a list redefines a level in w:lvlOverride', async () => {
    const body = [
      p('Ủy ban nhân dân phường đề nghị các Tổ dân phố:'),
      listed('Rà soát danh sách hộ gia đình', 'dec'),
      listed('Báo cáo kết quả về phường', 'dec'),
    ];
    const bytes = await wardNoticeDocx(parts, body, {
      config: [{ reference: 'dec', levels: decimal }],
    });
    const overridden = edited(bytes, 'word/numbering.xml', (xml) =>
      xml.replace(
        /(<w:num w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="\d+"\/>)(?=[\s\S]*?<\/w:num>)/g,
        '$1<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:lvlOverride>',
      ),
    );
    const { vi } = await imported(overridden);
    expect(vi).toContainEqual(expect.stringMatching(/^đoạn \d+ .*kiểm tra lại số thứ tự/));
  });

  it('asks to check only the list a tracked change is in, and names it', async () => {
    const body = [
      p('Ủy ban nhân dân phường đề nghị các Tổ dân phố:'),
      listed('Rà soát danh sách hộ gia đình', 'dec'),
      listed('Báo cáo kết quả về phường', 'dec'),
      p('Phần việc của phường:'),
      listed('Trạm Y tế phường chuẩn bị vắc xin', 'steps'),
      listed('ĐOẠN_XOÁ', 'steps'),
      listed('Công an phường bảo đảm trật tự', 'steps'),
    ];
    const bytes = await wardNoticeDocx(parts, body, {
      config: [
        { reference: 'dec', levels: decimal },
        { reference: 'steps', levels: decimal },
      ],
    });
    const deleted = withDeletedParagraph(bytes);
    const { vi, text } = await imported(deleted);
    expect(text).toContain('2. Báo cáo kết quả về phường');
    expect(text).toContain('2. Công an phường bảo đảm trật tự');
    const check = vi.filter((w) => w.includes('kiểm tra lại số thứ tự'));
    // The second list only, named by its first words; the first list is printed as Word has it.
    expect(check).toHaveLength(1);
    expect(check[0]).toContain('Trạm Y tế phường chuẩn bị');
    expect(check.join('\n')).not.toContain('Rà soát danh sách');
    expect(check[0]).not.toContain('văn bản có sửa đổi');
  });
});
