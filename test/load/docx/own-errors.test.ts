/**
 * A Word file mammoth cannot read is "damaged" (test/studio/docx-damaged.test.ts), through
 * readDocx's narrowed catch (read38 2: only mammoth's own read errors are; an error of the
 * import's own tree pass is rethrown unchanged — not tested here: making it fail needs a mock of
 * our own module, which a fork's shared modules (`isolate: false`) would carry to other files).
 */
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../src/errors.js';
import { readDocx } from '../../../src/load/docx/read-docx.js';

const wordFile = async () =>
  new Uint8Array(
    await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Kính gửi: Các Tổ dân phố.')] }] }),
    ),
  );

describe('readDocx errors', () => {
  it('still says a file cut short is damaged', async () => {
    const parts = unzipSync(await wordFile());
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
    parts['word/document.xml'] = strToU8(xml.slice(0, xml.length / 2));
    const error = await readDocx(zipSync(parts), 'cv.docx').catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/hỏng|damaged/);
  });
});
