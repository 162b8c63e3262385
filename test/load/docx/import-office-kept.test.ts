/**
 * The office residents ask, from a Word notice whose symbol is the committee's own ("245/TB-UBND")
 * and whose copy list says "Lưu: VT, VHXH." (qa58 p7): the import wrote the Văn phòng, and the
 * flyer's foot sent questions there, though the Phòng Văn hóa - Xã hội drafted the notice and does
 * the work it asks for. The drafting office of the "Lưu" line is now taken, said where from.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { flyer } from '../../../src/kinds/flyer.js';
import { loadCampaign } from '../../../src/load/campaign.js';
import type { Group } from '../../../src/load/types.js';
import { runCliInProcess } from '../../support/cli.js';
import { collapseSpaces, pdfText } from '../../support/pdf-text.js';
import { renderFor } from '../../support/render.js';
import { makeTempDir, removeTempDirs } from '../../support/tmp.js';

afterAll(removeTempDirs);

const CONSULT = fileURLToPath(new URL('../../fixtures/qa58-lyk/lay-y-kien.docx', import.meta.url));
const group: Group = { id: '1', name: 'Tổ dân phố số 1', source: { file: 'groups.csv', row: 2 } };

describe('import-docx: the office of “Lưu: VT, VHXH.”', () => {
  it('is where residents ask, on the campaign and the flyer’s foot', async () => {
    const dir = await makeTempDir('phuong-print-docx-office-');
    await copyFile(CONSULT, join(dir, 'lay-y-kien.docx'));
    const r = await runCliInProcess(
      ['import-docx', 'lay-y-kien.docx', '--out', 'ward', '--lang', 'vi'],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const out = `${r.stdout}${r.stderr}`.replace(/\s+/g, ' ');
    expect(out).toContain(
      'issuer.office: Phòng Văn hóa - Xã hội lấy từ đoạn 35 (“- Lưu: VT, VHXH.”)',
    );
    const { campaign } = await loadCampaign(join(dir, 'ward', 'campaign.yaml'));
    expect(campaign.issuer.office).toBe('Phòng Văn hóa - Xã hội');
    const text = collapseSpaces(await pdfText((await renderFor(flyer, campaign, group)).bytes));
    expect(text).toContain('Liên hệ: Phòng Văn hóa - Xã hội');
    expect(text).not.toContain('Văn phòng HĐND');
  });
});
