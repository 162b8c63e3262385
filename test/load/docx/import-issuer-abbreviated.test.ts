/**
 * An issuer typed "UBND PHƯỜNG HỒNG BÀNG" in the Word header (qa58 p5: test/fixtures/qa58-lyk/
 * lay-y-kien-b.docx, the header as a 2-row table): imported and printed abbreviated, and neither
 * import-docx, `check` nor `build` said a word, though Decree 30 writes the issuing body's name in
 * full. The import's check of the campaign it wrote now warns at the line, with the full form.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../support/cli.js';
import { makeTempDir, removeTempDirs } from '../../support/tmp.js';

afterAll(removeTempDirs);

const DOCX = fileURLToPath(new URL('../../fixtures/qa58-lyk/lay-y-kien-b.docx', import.meta.url));
const FULL = fileURLToPath(new URL('../../fixtures/qa58-lyk/lay-y-kien.docx', import.meta.url));
const GROUPS = fileURLToPath(new URL('../../fixtures/qa58-lyk/groups.csv', import.meta.url));

const importOf = async (docx: string) => {
  const dir = await makeTempDir('phuong-print-docx-ubnd-');
  await copyFile(docx, join(dir, 'tb.docx'));
  const r = await runCliInProcess(['import-docx', 'tb.docx', '--out', 'ward', '--lang', 'vi'], {
    cwd: dir,
  });
  expect(r.code, r.stderr).toBe(0);
  return { dir, said: `${r.stdout}${r.stderr}` };
};

describe('import-docx: an abbreviated issuer', () => {
  it('is warned of at issuer.name, with the two full lines to write', async () => {
    const { dir, said } = await importOf(DOCX);
    const lines = said.split('\n');
    const at = lines.findIndex((l) => l.includes('“UBND PHƯỜNG HỒNG BÀNG” đang viết tắt'));
    expect(at, lines.join('\n')).toBeGreaterThanOrEqual(0);
    expect(lines[at]).toMatch(
      /cảnh báo: ward\/campaign\.yaml, dòng \d+, mục thứ 1 của “issuer\.name”/,
    );
    expect(lines[at]).toContain('theo Nghị định 30, tên cơ quan ban hành phải ghi đầy đủ');
    // `check` of it: the same, with the full form to write.
    const r = await runCliInProcess(
      ['check', '--campaign', 'ward/campaign.yaml', '--groups', GROUPS, '--lang', 'vi'],
      { cwd: dir },
    );
    const checked = r.stderr.split('\n');
    const w = checked.findIndex((l) => l.includes('“UBND PHƯỜNG HỒNG BÀNG” đang viết tắt'));
    expect(w, r.stderr).toBeGreaterThanOrEqual(0);
    expect(checked[w + 1]).toBe(
      'gợi ý: Ghi đầy đủ thành hai dòng: “ỦY BAN NHÂN DÂN”, rồi “PHƯỜNG HỒNG BÀNG”.',
    );
  });

  it('says nothing of a name written in full', async () => {
    expect((await importOf(FULL)).said).not.toContain('đang viết tắt');
  });
});
