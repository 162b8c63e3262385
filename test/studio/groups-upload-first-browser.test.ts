/**
 * Danh sách tổ on a 360×740 phone (h-ux2): ~100 words of help on the file came before the
 * "Tải lên" button, which a first-day clerk found only after scrolling (its bottom at 892 px on
 * the fire drill's page). Now the file field and the button come first, the help folded after
 * them ("Tệp cần có những cột nào?"), still the field's description for a screen reader.
 * On the fire drill of test/fixtures/qa40 (20 tổ with long names), not the example.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, closeContexts, sharedChromium } from '../serve/chromium.js';
import { removeTempDirs } from '../support/tmp.js';
import { newPageAt, PHONE, signInByCookie } from './chromium-pages.js';
import { studioWithCampaign, type TestStudio } from './studio.js';

const QA40 = fileURLToPath(new URL('../fixtures/qa40/', import.meta.url));

describe.skipIf(!chromiumAvailable)('Danh sách tổ on a phone: the upload first', () => {
  let s: TestStudio;
  let browser: Browser;
  beforeAll(async () => {
    let folder: string;
    ({ s, folder } = await studioWithCampaign('d-pccc', []));
    await cp(join(QA40, 'd-pccc.yaml'), join(folder, 'campaign.yaml'));
    await cp(join(QA40, 'groups20.csv'), join(folder, 'groups.csv'));
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await s?.close();
    await removeTempDirs();
  });

  it('shows "Tải lên" within the first screen, the help folded after it', async () => {
    const page = await newPageAt(browser, PHONE);
    await signInByCookie(page, s.url);
    await page.goto(`${s.url}/c/d-pccc/groups`);
    const button = page.getByRole('button', { name: 'Tải lên', exact: true });
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    // Its bottom within the 740 px the phone shows before any scroll.
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.viewport.height);
    // The help is there, folded: its summary after the button, its text hidden until opened.
    const summary = page.getByText('Tệp cần có những cột nào?');
    expect((await summary.boundingBox())?.y ?? 0).toBeGreaterThan(box?.y ?? 0);
    const help = page.locator('#file-help');
    expect(await help.isVisible()).toBe(false);
    await summary.click();
    expect(await help.textContent()).toContain('Tải tệp mới lên sẽ thay tệp cũ');
    // The field still names it as its description.
    expect(await page.locator('#file').getAttribute('aria-describedby')).toContain('file-help');
  });
});
