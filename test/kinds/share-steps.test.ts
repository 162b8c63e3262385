/**
 * The share image's steps (qa48 M2): a resident sees it in the group's Zalo chat on the phone
 * whose camera the poster's step 1 ("Mở camera … hướng vào mã QR") would point at it. The share
 * image says to tap the link in the message or press and hold the picture, and to scan a printed
 * copy; the poster on the wall keeps its camera step. Read as the picture's and the poster's text
 * (the text surface the leader page's views read), for the example's contest with an app.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { poster } from '../../src/kinds/poster.js';
import { share } from '../../src/kinds/share.js';
import { loadFonts } from '../../src/layout/fonts.js';
import type { Campaign } from '../../src/load/campaign-schema.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { renderPageTexts } from '../../src/render/text/page-text.js';
import { exampleFirstGroup } from '../support/render.js';

const POSTER_TEMPLATE = fileURLToPath(new URL('../../templates/poster.hbs', import.meta.url));

let campaign: Campaign;
let group: Group;
beforeAll(async () => {
  ({ campaign, group } = await exampleFirstGroup('hai-phong'));
});

async function textOf(kind: DocumentKind, variant?: string): Promise<string> {
  const pages = await renderPageTexts(kind, buildContext(campaign, group, 'to-1'), {
    fonts: loadFonts(),
    created: new Date(`${campaign.issued}T00:00:00+07:00`),
    variant,
  });
  return pages
    .flat()
    .map((b) => b.text)
    .join('\n')
    .replace(/\s+/g, ' ');
}

/** A section's first step as the template writes it, without its number and Markdown. */
async function firstStep(section: string): Promise<string> {
  const text = await readFile(POSTER_TEMPLATE, 'utf8');
  // An app's steps (the example's): under the template's {{#if app}}.
  const body =
    new RegExp(`^@@ ${section}\\n(?:\\{\\{#if app\\}\\}\\n)?\\*\\*1\\.\\*\\* (.*)$`, 'm').exec(
      text,
    )?.[1] ?? '';
  expect(body).not.toBe('');
  return body.replace(/\*\*/g, '');
}

describe('the share image’s steps, for a picture seen on the phone', () => {
  it('say to tap the link or press and hold the picture, not to point the camera at it', async () => {
    const text = await textOf(share);
    expect(text).toContain(await firstStep('share-steps'));
    expect(text).toContain('nhấn giữ vào ảnh, chọn Quét mã QR');
    expect(text).toContain('bấm đường dẫn đúng loại máy trong tin nhắn');
    expect(text).not.toContain(await firstStep('steps'));
  }, 60_000);

  it('leave the poster on the wall its camera step', async () => {
    const text = await textOf(poster, 'a4');
    expect(text).toContain(await firstStep('steps'));
    expect(text).toContain('Mở camera');
    expect(text).not.toContain('nhấn giữ vào ảnh');
  }, 60_000);
});
