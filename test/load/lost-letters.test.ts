/**
 * A groups CSV saved by Excel on a Western Windows (Windows-1252): every Vietnamese letter that
 * code page lacks is already "?" in the bytes. The user is told the letters are lost and to save
 * again from the original, not that the file "looks like windows-1258".
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseGroupsCsv } from '../../src/load/groups/index.js';
import { userErrorSync } from '../support/inputs.js';

describe('a file whose Vietnamese letters were replaced by "?"', () => {
  it('says the letters are lost and to save again from the original', () => {
    const text = 'STT;Tên tổ dân phố;Tổ trưởng\r\n1;Tổ dân phố số 1;Nguyễn Văn Hùng\r\n';
    // What Excel writes in Windows-1252: "?" for each letter it cannot encode.
    const bytes = new Uint8Array(iconv.encode(text, 'win1252'));
    // "Tổ trưởng" has lost both its ở and ư: the first lost word long enough to recognise.
    expect(iconv.decode(Buffer.from(bytes), 'win1252')).toContain('T? tr??ng');
    const err = userErrorSync(() => parseGroupsCsv(bytes, 'g.csv'));
    expect(err.say('vi')).toBe(
      'các chữ cái tiếng Việt trong tệp đã bị thay bằng dấu “?” khi lưu (ví dụ “tr??ng”): chữ đã mất, không khôi phục được',
    );
    expect(err.hintIn('vi')).toMatch(/^Lưu lại danh sách từ bản gốc/);
  });
});
