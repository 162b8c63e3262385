/**
 * `*italic*` prints italic on every kind of PDF: the notice in Liberation Serif Italic, posters,
 * flyer and checklist in Liberation Sans Italic (a real italic face, not the upright one or a
 * slanted copy). Each kind's template gets one italic phrase in a printed line; the PDF's text
 * items say which font drew it (pdfjs reads the embedded font's name).
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { DEFAULT_TEMPLATE_DIR } from '../../src/kinds/render.js';
import { loadFonts } from '../../src/layout/fonts.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { renderOutput } from '../../src/render/output.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { exampleInputs } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const PHRASE = 'nghiêng';

/** Per kind: the template line that gets " *PHRASE*" after it (a line each kind prints). */
const VENUE =
  '{{#if (fill where source="where")}}**Địa điểm:** {{md (fill where source="where")}}{{/if}}';
const CASES: [kind: string, variant: string | undefined, line: string][] = [
  ['poster', 'a4', VENUE],
  ['poster', 'a3', VENUE],
  ['flyer', undefined, '{{md group.name}}{{between group.name}}{{md issuer.ward}}'],
  ['checklist', undefined, '{{#if tally.children}}Họ và tên trẻ:{{else}}Họ và tên:{{/if}}'],
  ['tracker', undefined, 'Tổng cộng'],
];

let dir: string;
let campaign: Campaign;
let group: Group;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-italic-');
  ({ campaign } = await exampleInputs());
  group = (await exampleInputs()).groups[0] as Group;
  for (const [name, , line] of CASES) {
    const file = `${name}.hbs`;
    const text = await readFile(join(DEFAULT_TEMPLATE_DIR, file), 'utf8');
    if (!text.includes(`\n${line}\n`)) throw new Error(`${file}: line not found: ${line}`);
    await writeFile(join(dir, file), text.replace(`\n${line}\n`, `\n${line} *${PHRASE}*\n`));
  }
  await copyFile(join(DEFAULT_TEMPLATE_DIR, 'notice.hbs'), join(dir, 'notice.hbs'));
});
afterAll(removeTempDirs);

describe('*italic* in a template', () => {
  it.each(CASES)('%s %s: prints in an italic face, its line upright', async (name, variant) => {
    const kind = findKind(name) as DocumentKind;
    // The sheet's totals row ends its last page: two pages of 30 households, not ten of 248.
    const drawn = name === 'tracker' ? { ...group, households: 30 } : group;
    const { bytes } = await renderOutput(kind, buildContext(campaign, drawn, 'g'), {
      fonts: loadFonts(),
      created: new Date(`${campaign.issued}T00:00:00+07:00`),
      variant,
      templateDir: dir,
    });
    const items = (await pdfTextItems(bytes)).flatMap((p) => p.items);
    const italic = items.filter((i) => i.str.includes(PHRASE));
    expect(italic.length).toBeGreaterThan(0);
    for (const i of italic) {
      expect(i.fontName).toMatch(/Italic/);
      expect(i.italic).toBe(true);
    }
    // The rest of the document is not drawn in it.
    expect(items.some((i) => !i.italic && i.str.trim() !== '')).toBe(true);
  });
});
