/**
 * The Word import on Word's automatic numbering (qa33 M3): the numbers printed are those Word
 * shows — a numbered list after a bullet list starts at 1, its second level "a)" is lettered, a
 * list numbered "I., II." keeps its roman numbers — with no warning: what prints is what Word shows
 * (qa33 m1: a warning only for what cannot be printed).
 */
import { LevelFormat, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { describeWarning, importDocx } from '../../../src/load/docx/import-docx.js';
import { wordNoticeImporter } from '../../../src/studio/notice-import.js';
import { p, wardNoticeDocx } from './notice-docx.js';
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
