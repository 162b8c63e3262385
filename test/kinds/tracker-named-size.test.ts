/**
 * review57a #2, #3: a list of the people a tổ must see to ("Số người cần tiêm") printed their
 * names at any size: 800 in a tổ of 210 households made a 36-page list where the household sheet
 * is ~10, and 1,500 were cut at 1,000 rows without a word. A list much longer than the household
 * sheet keeps household rows and says why; a list of names past 1,000 rows is said.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { checkVi } from '../support/cli.js';
import { collapseSpaces } from '../support/pdf-text.js';

const path = (name: string) =>
  fileURLToPath(new URL(`../fixtures/rev57a-tiem/${name}`, import.meta.url));

describe('a list of people due, by its size (review57a #2, #3)', () => {
  it('says the rows a list of names past 1,000 leaves off, and why a long one keeps households', async () => {
    const { stderr } = await checkVi(path('campaign.yaml'), path('groups.csv'));
    const said = collapseSpaces(stderr);
    // Tổ 2: 1,500 due, 1,100 households: a list of names, cut at 1,000 rows.
    expect(said).toContain(
      'dòng 3, cột “Số người cần tiêm”: bảng theo dõi: Tổ dân phố số 2 có 1.500 người cần tiêm; danh sách chỉ in 1.000 dòng',
    );
    // Tổ 1: 800 due of 210 households: household rows, said.
    expect(said).toContain(
      'dòng 2, cột “Số người cần tiêm”: bảng theo dõi: Tổ dân phố số 1 có 800 người cần tiêm, nhiều hơn hẳn 210 hộ của tổ: bảng theo dõi in mỗi hộ một dòng',
    );
    expect(said).not.toContain('Tổ dân phố số 3 có');
  });

  it('prints household rows for 800 due in 210 households, names for 7', async () => {
    const yaml = await readFile(path('campaign.yaml'), 'utf8');
    const groups = (await readFile(path('groups.csv'), 'utf8'))
      .split('\n')
      .filter((l) => !l.startsWith('2,'))
      .join('\n');
    const b = await buildCampaignText(yaml, groups, 'tracker');
    expect(b.code, b.stderr).toBe(0);
    const first = await b.text('to-dan-pho-so-1', 'tracker');
    expect(first).toContain('Họ và tên chủ hộ');
    expect(first).not.toContain('DANH SÁCH NGƯỜI CẦN TIÊM');
    // 210 households, about ten pages, not 36.
    expect(first).toMatch(/Trang 1\/(?:[1-9]|1[0-5])\b/);
    const third = await b.text('to-dan-pho-so-3', 'tracker');
    expect(third).not.toContain('chủ hộ');
    expect(third).toContain('Trang 1/1');
  });
});
