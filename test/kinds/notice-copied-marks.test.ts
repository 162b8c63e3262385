/**
 * The office fills "Kính gửi", "Nơi nhận", the symbol and the subject by copying the lines of its
 * Word notice, marks and all ("- Như trên;", "/UBND-VHXH", "V/v …"); the signer's title as it
 * would say it ("Chủ tịch"). The printed notice must read as Decree 30 lays it out: each mark
 * once, the signer's authority and title in capitals. What a reader sees: the PDF's text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';

const group: Group = { id: '3', name: 'Thôn Đông Hòa', source: { file: 'groups.csv', row: 4 } };

const CAMPAIGN = `issued: 2026-12-02
issuer:
  name: [ỦY BAN NHÂN DÂN, XÃ EA KAR]
  ward: xã Ea Kar
  place: Ea Kar
  office: Phòng Văn hóa - Xã hội
notice:
  number: 8
  symbol: /UBND-VHXH
  subject: V/v tổ chức chiến dịch diệt lăng quăng đợt 2
  recipients:
    - "- Trưởng các thôn, buôn;"
    - "- Chi hội trưởng Chi hội Phụ nữ các thôn, buôn."
    - "- Bí thư Chi đoàn các thôn, buôn"
    - "- Ban công tác Mặt trận các thôn, buôn;"
  body: Đề nghị các thôn, buôn triển khai.
  signer: { lines: [TM. ỦY BAN NHÂN DÂN, Chủ tịch], name: Y Bhim Niê }
  cc:
    - "- Như trên;"
    - "– Đảng ủy xã (để b/c)."
    - "- Trạm Y tế xã"
    - "+ Lưu: VT, VHXH;"
`;

let text: string;
let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, CAMPAIGN);
  const { campaign } = await loadCampaign(file);
  const { bytes } = await renderFor(notice, campaign, group);
  text = collapseSpaces(await pdfText(bytes));
});
afterAll(() => cleanupTempDir(dir));

describe('lines copied from a Word notice with their marks', () => {
  it('prints the number and symbol with one slash', () => {
    expect(text).toContain('Số: 08/UBND-VHXH');
    expect(text).not.toContain('//');
  });

  it('prints "V/v" once before the subject', () => {
    expect(text).toContain('V/v tổ chức chiến dịch diệt lăng quăng đợt 2');
    expect(text).not.toMatch(/V\/v\s+V\/v/);
  });

  it('prints each "Kính gửi" and "Nơi nhận" line with one dash, ";" after each, "." after the last', () => {
    // campaign.yaml typed the last recipient with the ";" of a line copied down, a middle one
    // with the "." of a last line copied up, another with none; the "Nơi nhận" lines likewise
    // (qa11 Q5, Decree 30).
    expect(text).not.toContain('Ban công tác Mặt trận các thôn, buôn;');
    expect(text).not.toContain('Phụ nữ các thôn, buôn.');
    expect(text).not.toContain('Đảng ủy xã (để b/c).');
    expect(text).not.toContain('Lưu: VT, VHXH;');
    for (const line of [
      'Trưởng các thôn, buôn;',
      'Chi hội trưởng Chi hội Phụ nữ các thôn, buôn;',
      'Bí thư Chi đoàn các thôn, buôn;',
      'Ban công tác Mặt trận các thôn, buôn.',
      'Như trên;',
      'Đảng ủy xã (để b/c);',
      'Trạm Y tế xã;',
      'Lưu: VT, VHXH.',
    ]) {
      expect(text).toContain(`- ${line}`);
    }
    expect(text).not.toMatch(/[-–+]\s+[-–+]\s/);
  });

  it("prints the signer's authority and title in capitals", () => {
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH');
    expect(text).not.toContain('Chủ tịch');
  });
});
