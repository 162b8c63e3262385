/**
 * The Word import of a Kế hoạch or a Công điện of the ward's committee (qa33 m5): their symbols
 * (KH-UBND, CĐ-UBND) name the committee, not one of its offices, so "Bộ phận giải đáp"
 * (issuer.office) was left "(phòng phụ trách)" and the build refused to print until it was typed
 * in, though the notice never prints it. The committee's Văn phòng answers for it: the import
 * reads it so, says so among its guesses, and the campaign builds as imported.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, type Paragraph, type Table } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../../src/load/docx/import-docx.js';
import { wordNoticeImporter } from '../../../src/studio/notice-import.js';
import { runCliInProcess } from '../../support/cli.js';
import { pdfText } from '../../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../../support/tmp.js';
import { headerTable, p, tailTable } from './notice-docx.js';
import { LE_CHAN } from './printed-notice.js';

const GROUPS = new URL('../../../examples/hai-phong/groups.csv', import.meta.url).pathname;

async function plan(symbol: string, name: string): Promise<Uint8Array> {
  const parts = { ...LE_CHAN, number: `Số: 58/${symbol}` };
  const children: (Paragraph | Table)[] = [
    headerTable(parts),
    p(name, { bold: true, center: true }),
    p('Tổ chức Tổng vệ sinh môi trường trên địa bàn phường năm 2026', { bold: true, center: true }),
    p('Kính gửi: Các Tổ dân phố trên địa bàn phường.', { center: true }),
    p('Ủy ban nhân dân phường xây dựng kế hoạch tổng vệ sinh như sau:'),
    // After the notice's date (22/12/2026): a time before it is warned of (qa47 M2).
    p('Thời gian: 7h00 - 10h00, Chủ nhật, ngày 27/12/2026.'),
    p('Đề nghị các Tổ dân phố triển khai thực hiện./.'),
    tailTable(parts),
  ];
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

afterAll(removeTempDirs);

describe('import-docx of a committee’s Kế hoạch / Công điện: ready to build', () => {
  for (const [symbol, name] of [
    ['KH-UBND', 'KẾ HOẠCH'],
    ['CĐ-UBND', 'CÔNG ĐIỆN'],
  ] as const) {
    it(`${symbol}: "Bộ phận giải đáp" read as the committee's Văn phòng, said, and the notice builds`, async () => {
      const bytes = await plan(symbol, name);
      const r = await importDocx(bytes, { source: 'kh.docx', today: '2026-12-01' });
      expect(r.missing).not.toContain('issuer.office');
      expect(r.yaml).not.toContain('(phòng phụ trách)');
      const { notes } = await wordNoticeImporter(bytes, 'kh.docx');
      // Why, in words an office reads: the symbol says the committee itself issued it.
      expect(notes).toContainEqual(
        expect.stringMatching(
          /^Đã đọc “Bộ phận giải đáp”: “Văn phòng HĐND và UBND” — .*UBND.* \(ký hiệu văn bản cho thấy văn bản do chính Ủy ban ban hành, nên ghi Văn phòng HĐND và UBND là nơi giải đáp; nếu người dân cần hỏi bộ phận khác thì sửa lại\)$/,
        ),
      );
      expect(notes.filter((n) => n.includes('Bộ phận giải đáp') && /cần điền/.test(n))).toEqual([]);
      const dir = await makeTempDir('phuong-print-ready-');
      await writeFile(join(dir, 'kh.docx'), bytes);
      const imported = await runCliInProcess(['import-docx', 'kh.docx', '--out', 'c'], {
        cwd: dir,
      });
      expect(imported.code).toBe(0);
      const built = await runCliInProcess(
        [
          'build',
          '--campaign',
          'c/campaign.yaml',
          '--groups',
          GROUPS,
          '--kind',
          'notice',
          '--out',
          'out',
        ],
        { cwd: dir },
      );
      // A Kế hoạch with "Kính gửi" (the document's own) is told Decree 30 gives it to a công văn
      // (qa42 F9); a công điện's recipients are its own; nothing else is said.
      // (Line 34: the file’s first comment says what the flyer’s fields left out.)
      const addressed = `warning: c/campaign.yaml, line 34, field "notice.recipients": a Kế hoạch prints "Kính gửi"`;
      if (symbol === 'KH-UBND') expect(built.stderr.split('\n')[0]).toContain(addressed);
      expect(
        built.stderr
          .split('\n')
          .filter(
            (l) =>
              l !== '' &&
              !l.startsWith(addressed) &&
              !l.startsWith('hint: Leave notice.recipients empty'),
          ),
      ).toEqual([]);
      expect(built.code).toBe(0);
      const { readdir, readFile } = await import('node:fs/promises');
      const first = (await readdir(join(dir, 'out'))).find((f) => f.startsWith('to-'));
      const text = await pdfText(await readFile(join(dir, 'out', first ?? '', 'notice.pdf')));
      expect(text).toContain('Tổ chức Tổng vệ sinh môi trường');
    }, 60_000);
  }
});
