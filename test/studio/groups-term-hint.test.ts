/**
 * A list mixing thôn and tổ dân phố, its campaign giving no word for its groups: the groups
 * page warns which word the pages will say, and tells the office how to choose another in the
 * studio's own words — the field of the Nội dung tab, linked — never campaign.yaml or a YAML key
 * the office never sees (qa Q7). The link, followed in Chromium at a desk and on a phone, lands on
 * that field of the form, its label and input on screen (with PHUONG_PRINT_TEST_SHOTS=1, screenshots in
 * test-output/groups-term/). Real sockets on loopback; expected words from the file written here
 * and the form's label as the edit page shows it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, keepShot, sharedChromium } from '../serve/chromium.js';
import { MIXED_GROUPS } from '../support/group-term.js';
import { removeTempDirs } from '../support/tmp.js';
import { DESK, newPageAt, PHONE, signInByCookie } from './chromium-pages.js';
import { visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const OUT = join(fileURLToPath(new URL('../../', import.meta.url)), 'test-output', 'groups-term');

describe('the groups page on a list of thôn and tổ dân phố', () => {
  let s: TestStudio;
  let c: Client;
  /** The edit page's label of the field whose id is `f-issuer-group_term`. */
  let label = '';
  beforeAll(async () => {
    ({ s, c } = await studioWithExample({ groups: MIXED_GROUPS }));
    const edit = (await c.get('/c/hai-phong')).text;
    label = /<label for="f-issuer-group_term">([^<]*)<\/label>/.exec(edit)?.[1] ?? '';
    expect(label, 'the form has the field').not.toBe('');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('says how to choose the word on the Nội dung tab, its field linked, never campaign.yaml', async () => {
    const page = (await c.get('/c/hai-phong/groups')).text;
    const warnings = /<ul class="notice warn">([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
    const said = visible(warnings);
    // The warning is there: the file's two words, counted.
    expect(said).toContain('thôn: 2, tổ dân phố: 1');
    // …with how to choose another, in the studio's words.
    expect(said).toContain(`ô “${label}” ở thẻ Nội dung`);
    expect(said).toContain('tổ dân phố');
    for (const cli of ['campaign.yaml', 'issuer.group_term', 'group_term:']) {
      expect(said, cli).not.toContain(cli);
    }
    expect(warnings).toContain(`<a href="/c/hai-phong#f-issuer-group_term">“${label}”</a>`);
  });

  it.runIf(chromiumAvailable).each([DESK, PHONE])(
    'the link opens the form at its field ($name)',
    async (size) => {
      const browser = await sharedChromium();
      const page = await newPageAt(browser, size);
      try {
        await signInByCookie(page, s.url);
        await page.goto(`${s.url}/c/hai-phong/groups`);
        await keepShot(page, join(OUT, `${size.name}-1-groups.png`), { fullPage: true });
        await page.getByRole('link', { name: `“${label}”` }).click();
        await page.waitForURL(`${s.url}/c/hai-phong#f-issuer-group_term`);
        // The field's label (which field it is) and its input both on screen.
        const onScreen = (selector: string) =>
          page.locator(selector).evaluate((el) => {
            const r = el.getBoundingClientRect();
            // Within a pixel: the phone's scale of 2 leaves half pixels.
            return r.top > -1 && r.bottom < window.innerHeight + 1;
          });
        await expect.poll(() => onScreen('label[for="f-issuer-group_term"]')).toBe(true);
        expect(await onScreen('#f-issuer-group_term')).toBe(true);
        await keepShot(page, join(OUT, `${size.name}-2-field.png`));
      } finally {
        await page.context().close();
      }
    },
  );
});
