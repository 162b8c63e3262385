/**
 * A Word notice typed with a VNI font, refused by the import (it cannot be converted with
 * certainty): the office reads the refusal in Vietnamese on "Chiến dịch mới" and in the CLI —
 * what the text probably reads (nothing is printed: not "would print as"), and the Unikey steps
 * for the font found ("VNI Windows"), not a choice of two. The English says the same.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithNewCampaign, type TestStudio } from './studio.js';

// "Thông báo họp tổ dân phố" as a VNI font stores it (a vowel, then its mark's character).
const TYPED = 'Thoâng baùo hoïp toå daân phoá';
const READS = 'Thông báo họp tổ dân phố';

async function vniNotice(): Promise<Uint8Array> {
  const p = (text: string) =>
    new Paragraph({ children: [new TextRun({ text, font: 'Times New Roman' })] });
  const doc = new Document({
    sections: [{ children: [p('ỦY BAN NHÂN DÂN'), p('PHƯỜNG LÊ CHÂN'), p(TYPED)] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const SAID = `văn bản có chữ gõ bằng phông VNI, không phải Unicode, và không chuyển mã chắc chắn được: “${TYPED}” có lẽ là “${READS}”`;
const HINT = 'chọn Nguồn “VNI Windows”, Đích “Unicode”';

describe('a Word notice typed with a VNI font', () => {
  let s: TestStudio;
  let c: Client;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await vniNotice();
    ({ s, c } = await studioWithNewCampaign('Tiêm chủng', { importNotice: wordNoticeImporter }));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('on Chiến dịch mới: the form again, the refusal in Vietnamese with the VNI steps', async () => {
    const res = await c.upload(
      '/new',
      'docx',
      'thong-bao.docx',
      bytes,
      { name: 'Họp tổ', from: '' },
      '/new',
    );
    expect(res.status).toBe(422);
    const text = plainText(res.text);
    // The file was read: it is its font, not the file, that stops the import.
    expect(text).toContain(`Tệp “thong-bao.docx” dùng phông chữ cũ: ${SAID}.`);
    expect(text).not.toContain('Không đọc được tệp');
    expect(text).toContain(HINT);
    expect(text).not.toMatch(/would print|chuyển mã tự động thì thành|hoặc “VNI Windows”/);
    expect(existsSync(join(s.dataDir, 'campaigns', 'hop-to'))).toBe(false);
  });

  it('in the CLI: the same sentence and hint in Vietnamese; the English says "probably reads"', async () => {
    const dir = await makeTempDir('phuong-print-docx-vni-');
    const file = join(dir, 'thong-bao.docx');
    await writeFile(file, bytes);
    const run = (lang: string) =>
      runCliInProcess(['import-docx', file, '--out', join(dir, `out-${lang}`), '--lang', lang]);
    const vi = await run('vi');
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain(`lỗi: ${file}: ${SAID}`);
    expect(vi.stderr).toContain(`gợi ý: Mở văn bản bằng Word`);
    expect(vi.stderr).toContain(HINT);
    const en = await run('en');
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`"${TYPED}" probably reads "${READS}"`);
    expect(en.stderr).toContain('choose Nguồn "VNI Windows", Đích "Unicode"');
    expect(en.stderr).not.toMatch(/would print as|\n\s+at /);
  });
});
