/**
 * `import-docx`'s last line says what blocks the build (qa33 m6): a campaign the loader refuses
 * (a công điện with no recipients) asks for its errors to be fixed, not only for the FILL IN
 * marks to be filled in.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { headerTable, p, tailTable } from '../load/docx/notice-docx.js';
import { LE_CHAN } from '../load/docx/printed-notice.js';
import { runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

describe('import-docx, next step', () => {
  it('asks to fix the errors when the imported campaign has one', async () => {
    const dir = await makeTempDir('phuong-print-import-next-');
    // A number with no document code (…/UBND, not …/CĐ-UBND): the office that answers residents'
    // questions cannot be guessed from it, and the campaign lacks it (an error).
    const parts = { ...LE_CHAN, number: 'Số: 07/UBND', cc: ['Lưu: VT.'], signer: ['CHỦ TỊCH'] };
    const centred = (text: string) =>
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text)] });
    const children = [
      headerTable(parts),
      centred('CÔNG ĐIỆN'),
      centred('Về việc chủ động ứng phó với bão số 9'),
      p('Chủ tịch UBND phường yêu cầu các đơn vị trực 24/24.'),
      tailTable(parts),
    ];
    const docx = join(dir, 'cong-dien.docx');
    await writeFile(docx, await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const r = await runCliInProcess([
      'import-docx',
      docx,
      '--out',
      join(dir, 'cd'),
      '--lang',
      'vi',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('lỗi:');
    expect(r.stdout).toContain(
      'tiếp theo: sửa các lỗi nêu trên và điền những chỗ đánh dấu FILL IN, rồi chạy phuong-print build',
    );
  });
});
