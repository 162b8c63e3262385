/**
 * A group whose name carries a bracketed remark ("Thôn Phương Chử Tây (gồm cụm dân cư Đồng Khốn
 * và xóm Trại mới tách)") is written without it in the office's own lists: a results row so
 * written is that group; and a name differing from another group's by a whole word (Tây for
 * Đông) is never offered as that group (qa22 #1: the guess would have put one thôn's figures, or
 * households, on the other's). Read from `report`'s Vietnamese messages and its PDF.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const TAY = 'Thôn Phương Chử Tây (gồm cụm dân cư Đồng Khốn và xóm Trại mới tách)';
const CAMPAIGN = `${NOTICE_ONLY}measures:
  - { id: ho_co_binh, label: Số hộ có bình chữa cháy, of: households }
`;

async function report(groups: string, results: string) {
  const dir = await makeTempDir('results-names-remark-');
  await writeFile(join(dir, 'campaign.yaml'), CAMPAIGN);
  await writeFile(join(dir, 'groups.csv'), groups);
  await writeFile(join(dir, 'ket-qua.csv'), results);
  const out = join(dir, 'out');
  const r = await runCliInProcess([
    ...['report', '--lang', 'vi', '--campaign', join(dir, 'campaign.yaml')],
    ...['--groups', join(dir, 'groups.csv'), '--results', join(dir, 'ket-qua.csv')],
    ...['--out', out],
  ]);
  return { ...r, pdf: join(out, 'report.pdf') };
}

describe('a results row naming a thôn without its bracketed remark', () => {
  it('is that thôn', async () => {
    const r = await report(
      `Mã;Tên thôn;Số hộ\n3;Thôn Phương Chử Đông;305\n4;${TAY};96\n`,
      'Thôn;Số hộ có bình chữa cháy\nThôn Phương Chử Đông;250\nThôn Phương Chử Tây;81\n',
    );
    expect(r.code, r.stderr).toBe(0);
    const text = (await pdfText(r.pdf)).replace(/\s+/g, ' ');
    // Thôn 4's own figure, against its own households.
    expect(text).toMatch(/Phương Chử Tây[^0-9]*81 /);
    expect(text).toMatch(/Phương Chử Đông[^0-9]*250 /);
  });

  it('is never offered as another thôn differing by a whole word', async () => {
    const r = await report(
      'Mã;Tên thôn;Số hộ\n3;Thôn Phương Chử Đông;305\n5;Thôn Câu Hạ;212\n',
      'Thôn;Số hộ có bình chữa cháy\nThôn Phương Chử Tây;81\nThôn Câu Hạ;100\n',
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('“Thôn Phương Chử Tây”');
    expect(r.stderr).not.toMatch(/có phải “Thôn Phương Chử Đông”/);
  });
});
