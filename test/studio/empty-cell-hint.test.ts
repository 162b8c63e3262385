/**
 * qa51 m5: a tổ whose "Điểm tập trung" is empty prints "tại ." and the studio's way out was
 * template code ("đặt câu đó trong {{#if group.[Điểm tập trung]}}…{{/if}}"), which a clerk cannot
 * write. The groups, print and leader-page tabs now say what she can do, in the list or the text.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isEmptyCellWarning } from '../../src/output/empty-cells.js';
import { loadWard } from '../../src/serve/ward.js';
import { inUploadedFile } from '../../src/studio/messages.js';
import { testFolder } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa51/${name}`, import.meta.url));

const { path, write } = testFolder('phuong-print-empty-cell-hint-');

describe('an empty cell the notice prints, said on the studio’s tabs', () => {
  it('names the tổ and the column, and a way out with no {{#if}}', async () => {
    // Tổ 3's gathering point not decided yet: its cell left empty.
    const groups = (await readFile(fixture('groups.csv'), 'utf8')).replace(
      'Vườn hoa Ngọc Hà, cổng số 2',
      '',
    );
    await write('groups.csv', groups);
    const ward = await loadWard({ campaign: fixture('campaign.yaml'), groups: path('groups.csv') });
    const said = ward.warnings.filter(isEmptyCellWarning).map((w) => inUploadedFile(w, ward.term));
    const cell = said.find((s) => s.startsWith('Cột “Điểm tập trung” để trống ở 1 dòng'));
    expect(cell).toContain('Tổ dân phố số 3');
    expect(cell).toContain('Điền các ô đó trong danh sách tổ rồi tải lên lại');
    for (const s of said) expect(s).not.toContain('{{#if');
  });
});
