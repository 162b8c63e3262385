/**
 * The time residents are expected (`when`), typed as a line of its own ("Sáng Chủ nhật, 15/3"),
 * reads lower case where the office's sentence carries it ("vào sáng Chủ nhật", qa17: "vào Sáng
 * Chủ nhật"), and as typed after a label ("Thời gian: Sáng Chủ nhật"). From the notice's text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const WHEN = 'Sáng Chủ nhật, 15/3/2026';

describe('the time residents are expected, inside a sentence', () => {
  it('reads lower case after a word, as typed after a label', async () => {
    const yaml = `${NOTICE_ONLY.replace(
      '  body: Đề nghị các khu phố triển khai.',
      '  body: |\n    Đề nghị người dân ra quân vào {{when}} tại nhà văn hóa.\n    Thời gian: {{when}}.',
    )}when: ${WHEN}\n`;
    expect(yaml).toContain('vào {{when}}');
    const text = collapseSpaces(
      await pdfText(await renderCampaignText(notice, yaml, 'STT;Tên khu phố\n1;Khu phố 1\n')),
    );
    const lowered = `${WHEN.charAt(0).toLocaleLowerCase('vi')}${WHEN.slice(1)}`;
    expect(text).toContain(`ra quân vào ${lowered} tại nhà văn hóa.`);
    expect(text).toContain(`Thời gian: ${WHEN}.`);
  });
});

describe('a time that begins with the day', () => {
  it('keeps "Chủ nhật" a name, and lowers "Thứ"', async () => {
    const { lowerFirstWord } = await import('../../src/model/format.js');
    expect(lowerFirstWord('Chủ nhật, 06/12/2026')).toBe('Chủ nhật, 06/12/2026');
    expect(lowerFirstWord('Thứ Bảy, 05/12/2026')).toBe('thứ Bảy, 05/12/2026');
  });
});
