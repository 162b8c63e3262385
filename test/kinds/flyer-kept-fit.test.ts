/**
 * A ward's flyers differ only in their group line, so the flyer's fit (the type scale, the codes
 * at its foot, its lists paired or not) is worked out once and kept for the groups after it
 * (kinds/kept-fits.ts). A household must not see it: a group whose name takes more lines at the
 * top of the flyer gets the fit its own flyer needs, the same bytes as a flyer drawn for it
 * alone, and so does a short name after a long one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flyer } from '../../src/kinds/flyer.js';
import { DEFAULT_FONT_DIR } from '../../src/layout/font-set.js';
import { loadFonts } from '../../src/layout/fonts.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext, groupSlugs } from '../../src/model/context.js';
import { renderOutput } from '../../src/render/output.js';
import { pdfText } from '../support/pdf-text.js';
import { exampleInputs } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

let campaign: Campaign;
let short: Group;
let other: Group;
let long: Group;

beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  const [a, b, c] = inputs.groups;
  if (!a || !b || !c) throw new Error('the example has fewer than three groups');
  short = a;
  other = c;
  // A name a merged ward writes in full: three lines at the top of the flyer, not one.
  long = {
    ...b,
    name: `${b.name} (khu tập thể Nhà máy Cơ khí Hải Phòng, các dãy nhà A2, A3, A4, A5, A6, A7, A8 và A9, ngõ 12 đường Tô Hiệu, thuộc phường An Biên cũ trước khi sáp nhập)`,
  };
});
afterAll(removeTempDirs);

/** Fonts of their own (another directory's name): no fit kept from an earlier render. */
let fresh = 0;
const freshFonts = () => loadFonts(`${DEFAULT_FONT_DIR}${'./'.repeat(++fresh)}`);

async function flyerOf(group: Group, fonts = loadFonts()): Promise<Buffer> {
  const slug = groupSlugs([group]).get(group.id) ?? group.id;
  const { bytes } = await renderOutput(flyer, buildContext(campaign, group, slug), {
    fonts,
    created: new Date(`${campaign.issued}T00:00:00+07:00`),
  });
  return Buffer.from(bytes);
}

describe("a ward's flyers, fitted once", () => {
  it('name each its own group, the same bytes as a flyer drawn for it alone', async () => {
    const fonts = freshFonts();
    await flyerOf(short, fonts);
    const after = await flyerOf(other, fonts);
    expect(after.equals(await flyerOf(other, freshFonts()))).toBe(true);
    const text = (await pdfText(after)).replace(/\s+/g, ' ');
    expect(text).toContain(`${other.name} – `);
    expect(text).not.toContain(`${short.name} – `);
  });

  it('give a long group name the fit its own flyer needs, and a short one after it its own', async () => {
    const fonts = freshFonts();
    const shortFirst = await flyerOf(short, fonts);
    const longAfter = await flyerOf(long, fonts);
    const shortAfter = await flyerOf(short, fonts);
    const longAlone = await flyerOf(long, freshFonts());
    expect(longAfter.equals(longAlone)).toBe(true);
    expect(shortAfter.equals(shortFirst)).toBe(true);
    // What the household reads: the whole name, and the same flyer but for it.
    const text = (await pdfText(longAfter)).replace(/\s+/g, ' ');
    expect(text).toContain('thuộc phường An Biên cũ trước khi sáp nhập');
    expect((await pdfText(shortAfter)).replace(/\s+/g, ' ')).toContain(short.name);
  });
});
