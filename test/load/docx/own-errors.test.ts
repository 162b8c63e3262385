/**
 * A Word file mammoth cannot read is "damaged" (test/studio/docx-damaged.test.ts); an error from
 * the import's own handling of mammoth's document tree (here: the legacy-font conversion
 * failing as a program bug would) comes out unchanged, not as a damaged file the office is told
 * to download again (read38 2).
 */
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isUserError } from '../../../src/errors.js';
import { readDocx } from '../../../src/load/docx/read-docx.js';

const bug = new TypeError("Cannot read properties of undefined (reading 'children')");

const LEGACY_TEXT = '../../../src/load/docx/legacy-text.js';

/**
 * readDocx with the legacy-font conversion failing. Test files share their fork's modules
 * (vitest.config.ts `isolate: false`): the mock is made for a fresh module registry and undone
 * with it, so no other file sees it.
 */
async function failingReadDocx() {
  vi.resetModules();
  vi.doMock(LEGACY_TEXT, async (original) => ({
    ...(await original<typeof import('../../../src/load/docx/legacy-text.js')>()),
    convertLegacyText: () => {
      throw bug;
    },
  }));
  return (await import('../../../src/load/docx/read-docx.js')).readDocx;
}

afterAll(() => {
  vi.doUnmock(LEGACY_TEXT);
  vi.resetModules();
});

const wordFile = async () =>
  new Uint8Array(
    await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Kính gửi: Các Tổ dân phố.')] }] }),
    ),
  );

describe('readDocx errors', () => {
  it("passes the import's own error through unchanged", async () => {
    const readDocx = await failingReadDocx();
    const error = await readDocx(await wordFile(), 'cv.docx').catch((e: unknown) => e);
    expect(error).toBe(bug);
  });

  it('still says a file cut short is damaged', async () => {
    const parts = unzipSync(await wordFile());
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
    parts['word/document.xml'] = strToU8(xml.slice(0, xml.length / 2));
    const error = await readDocx(zipSync(parts), 'cv.docx').catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/hỏng|damaged/);
  });
});
