/**
 * qa23 #8: the notice's annex was headed "Mã QR của các đường dẫn trong văn bản và của ứng dụng
 * VNeID" when the body had no link at all, and the body never named the annex: a posted notice
 * with an unexplained second page. The annex's title says what it holds, and the body points to
 * it once, whichever it holds. What a reader sees: the notice's text (pdftotext).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const APP = `app:
  name: VNeID
  ios: { url: "https://apps.apple.com/vn/app/vneid/id1582750311" }
  android: { url: "https://play.google.com/store/apps/details?id=com.vnid" }
`;
const GROUPS = 'STT,Tên tổ dân phố\n1,Tổ dân phố số 1\n';

async function noticeText(body: string, app = APP): Promise<string> {
  const yaml = `${NOTICE_ONLY.replace('body: Đề nghị các khu phố triển khai.', `body: "${body}"`)}${app}`;
  const built = await buildCampaignText(yaml, GROUPS, 'notice');
  expect(built.code, built.stderr).toBe(0);
  return built.text('to-dan-pho-so-1', 'notice');
}

describe('the annex of a notice whose body has no link', () => {
  it('is headed by the app’s codes alone, and the body names it', async () => {
    const text = await noticeText(
      'Đề nghị các tổ dân phố hướng dẫn người dân kích hoạt tài khoản.',
    );
    expect(text).toContain('PHỤ LỤC Mã QR tải ứng dụng VNeID (Kèm theo');
    expect(text).not.toContain('đường dẫn trong văn bản');
    expect(text).toContain(
      'hướng dẫn người dân kích hoạt tài khoản. Mã QR tải ứng dụng VNeID tại Phụ lục kèm theo. Nơi nhận',
    );
  });
});

describe('the annex of a notice whose body has a link', () => {
  it('still names the body’s links and the app, the link pointing to it', async () => {
    const text = await noticeText('Xem hướng dẫn tại https://dichvucong.gov.vn/huong-dan.');
    expect(text).toContain('PHỤ LỤC Mã QR của đường dẫn trong văn bản và của ứng dụng VNeID');
    expect(text).toContain('(mã QR của đường dẫn tại Phụ lục kèm theo)');
    expect(text).not.toContain('Mã QR tải ứng dụng VNeID tại Phụ lục kèm theo.');
  });

  it('has no annex, and no pointer, without a link or an app', async () => {
    const text = await noticeText('Đề nghị các tổ dân phố triển khai.', '');
    expect(text).not.toContain('PHỤ LỤC');
    expect(text).not.toContain('Phụ lục kèm theo');
  });
});
