/**
 * The bundled example copied in the studio: the copy's reminder listed 15 items, the ward's
 * standing data among them — "Kính gửi" (the Party committee, the People's Council, the Front…),
 * "Nơi nhận" ("Chủ tịch, các PCT UBND phường", "Lưu: VT, VHXH."), the committee's office to ask
 * and its phone — burying the campaign's own. Now only the campaign's content is listed; and the
 * form's Lưu, at the foot of the screen wherever the office is in the form, says how many are
 * left and leads to the list. Real studio on loopback; the page in Chromium at the phone's size.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { copyOf } from './campaign-files.js';
import { newPageAt, PHONE, signInByCookie } from './chromium-pages.js';
import { visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

/** The example's fields of its own event (examples/hai-phong/campaign.yaml), as labelled. */
const CAMPAIGN_OWN = [
  'Trích yếu (V/v)',
  // Its schools' line ("Ban Giám hiệu các trường học trên địa bàn phường"): a partner of this
  // contest, as "Các trường học trên địa bàn phường" is (copy-review-lines.test.ts).
  'Kính gửi',
  'Nội dung',
  'Khẩu hiệu',
  'Đường dẫn (in thành mã QR)',
  'Chỉ tiêu',
  'Cuộc thi',
  'Ngày bắt đầu cuộc thi',
  'Ngày kết thúc cuộc thi',
  'Ứng dụng',
];
/** The example's standing data of the ward. */
const STANDING = ['Nơi nhận', 'Bộ phận giải đáp', 'Số điện thoại liên hệ'];

describe('the bundled example copied: its reminder', () => {
  let s: TestStudio;
  let c: Client;
  let slug: string;
  let page: string;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample());
    slug = await copyOf(s, c, 'hai-phong', 'Công dân số đợt 2');
    page = (await c.get(`/c/${slug}`)).text;
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('lists the campaign’s own content only, not the ward’s standing lines', () => {
    const box = /<div class="notice info copy-reminder"[\s\S]*?<\/div>/.exec(page)?.[0] ?? '';
    const items = [...box.matchAll(/<span class="carried-said">([\s\S]*?)<\/span>/g)].map((m) =>
      visible(m[1] ?? '').trim(),
    );
    expect(items.map((i) => i.slice(0, i.indexOf(':')))).toEqual(CAMPAIGN_OWN);
    // The number and date are asked in the first sentence.
    expect(visible(box)).toContain('Hãy sửa Số văn bản (đang là 5) và Ngày ban hành');
    for (const label of STANDING) expect(visible(box)).not.toContain(label);
  });

  it('beside Lưu: how many items are left, linked to the list', () => {
    const bar = /<div class="actions sticky">[\s\S]*?<\/div>/.exec(page)?.[0] ?? '';
    expect(bar).toContain('>Lưu</button>');
    expect(visible(bar)).toContain(
      `Còn ${CAMPAIGN_OWN.length + 2} mục ghi như chiến dịch cũ: xem, sửa hoặc đánh dấu “Giữ như cũ”`,
    );
    expect(bar).toContain('href="#copy-reminder"');
    expect(page).toContain('id="copy-reminder"');
  });

  it.skipIf(!chromiumAvailable)(
    'on a phone, the count stays beside Lưu mid-form and leads back to the list',
    async () => {
      const browser: Browser = await sharedChromium();
      try {
        const tab = await newPageAt(browser, PHONE);
        await signInByCookie(tab, s.url);
        await tab.goto(`${s.url}/c/${slug}`);
        await tab.locator('#f-slogan').scrollIntoViewIfNeeded();
        const left = tab.locator('.actions.sticky .copy-left a');
        const save = tab.getByRole('button', { name: 'Lưu', exact: true });
        await expect.poll(() => left.isVisible()).toBe(true);
        const [a, b] = [await left.boundingBox(), await save.boundingBox()];
        const height = PHONE.viewport.height;
        expect(a && a.y >= 0 && a.y + a.height <= height).toBe(true);
        expect(b && Math.abs(a ? a.y - b.y : height) < 120).toBe(true);
        await left.click();
        const list = tab.locator('#copy-reminder');
        await expect.poll(async () => (await list.boundingBox())?.y ?? -1).toBeLessThan(height / 2);
        await expect.poll(async () => (await list.boundingBox())?.y ?? -1).toBeGreaterThan(-1);
      } finally {
        await closeContexts(browser);
      }
    },
  );
});
