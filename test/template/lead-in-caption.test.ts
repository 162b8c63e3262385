/**
 * A link's caption from the words before it (template/link-captions.ts captionOfLeadIn), as the
 * notice's annex, the posters and `import-docx` label it (qa53 p5): "Hướng dẫn cài đặt và kích
 * hoạt tài khoản xem tại đường link:" gave "… tài khoản xem", a dangling "xem" under the code.
 */
import { describe, expect, it } from 'vitest';
import { captionOfLeadIn } from '../../src/template/link-captions.js';

describe('a lead-in as a caption', () => {
  it.each([
    [
      'Hướng dẫn cài đặt và kích hoạt tài khoản xem tại đường link: ',
      'Hướng dẫn cài đặt và kích hoạt tài khoản',
    ],
    ['Danh sách cử tri xem tại: ', 'Danh sách cử tri'],
    ['Đăng ký trực tuyến tại địa chỉ website: ', 'Đăng ký trực tuyến'],
  ])('%s → %s', (before, caption) => {
    expect(captionOfLeadIn(before)).toBe(caption);
  });
});
