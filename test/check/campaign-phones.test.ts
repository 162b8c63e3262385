/**
 * The campaign's own phones — the numbers to call (`hotlines`) and the office's (`issuer.phone`) —
 * are checked as the groups file's phones are (qa23 #7): "0988.456.12", a digit missing, was
 * printed on every flyer and made a tel: link without a word. And they print in one format: the
 * hotline box printed "024.3864.5113" as typed while the flyer's footer spaced the office's
 * number. What the office and a household see: `check`'s words at the field's line, the flyer.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { checkVi } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';
import { collapseSpaces } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const SLIP = '0988.456.12';
const OFFICE_SLIP = '0220.371.11';

const CAMPAIGN = (officePhone: string) => `issued: 2026-12-05
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG TÂN MAI]
  ward: phường Tân Mai
  place: Hà Nội
  office: Văn phòng UBND phường
  phone: "${officePhone}"
notice:
  number: 215
  symbol: TB-UBND
  subject: cấp căn cước lưu động
  recipients: ["{{group.name}}"]
  body: Đề nghị các tổ dân phố thông báo đến từng hộ.
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Ngô Văn Hải }
  cc: [Như trên;]
title: Cấp căn cước lưu động
actions:
  - { step: Đến điểm cấp đúng giờ của tổ, column: Đã đến }
hotlines:
  - "Cán bộ chuyên trách (y sĩ Hạnh): ${SLIP}"
  - "Công an phường Tân Mai: 024.3864.5113"
  - "Trạm Y tế phường: 0905111222 (24/24)"
  - "Cấp cứu: 115"
`;
const GROUPS = 'STT,Tên tổ dân phố\n1,Tổ dân phố 1\n';

afterAll(removeTempDirs);

describe('check', () => {
  it('warns of a number to call and an office phone that are no phone number, at their lines', async () => {
    const dir = await makeTempDir('phuong-print-campaign-phones-');
    const file = join(dir, 'campaign.yaml');
    const text = CAMPAIGN(OFFICE_SLIP);
    await writeFile(file, text);
    await writeFile(join(dir, 'groups.csv'), GROUPS);
    const run = await checkVi(file, join(dir, 'groups.csv'));
    expect(run.code, run.stderr).toBe(0);
    const said = collapseSpaces(run.stderr);
    const warned = (line: number, field: string, typed: string) =>
      `cảnh báo: ${file}, dòng ${line}, mục ${field}: số điện thoại “${typed}” không giống số điện thoại ở Việt Nam (số 0 và 9 hoặc 10 chữ số): sẽ in đúng như đã ghi`;
    expect(said).toContain(warned(lineOf(text, SLIP), 'thứ 1 của “hotlines”', SLIP));
    expect(said).toContain(warned(lineOf(text, OFFICE_SLIP), '“issuer.phone”', OFFICE_SLIP));
    expect(said).toContain('Kiểm tra lại số; ghi theo dạng 0912 345 678');
    // The numbers that are right — a landline with dots, a note after one, 115 — are not.
    expect(said.match(/không giống số điện thoại/g)).toHaveLength(2);
  });

  it('says nothing of an office phone that is one', async () => {
    const dir = await makeTempDir('phuong-print-campaign-phones-');
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, CAMPAIGN('024.3864.1234').replace(SLIP, '0988.456.123'));
    await writeFile(join(dir, 'groups.csv'), GROUPS);
    const run = await checkVi(file, join(dir, 'groups.csv'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('không giống số điện thoại');
  });
});

describe('the flyer', () => {
  let built: TextBuild;
  beforeAll(async () => {
    built = await buildCampaignText(CAMPAIGN('024.3864.1234'), GROUPS, 'flyer');
  }, 120_000);

  it('prints the numbers to call as it prints the office phone, the slip as typed', async () => {
    expect(built.code, built.stderr).toBe(0);
    const text = collapseSpaces(await built.text('to-dan-pho-1', 'flyer'));
    // The footer: the office's number typed with dots, spaced.
    expect(text).toContain('024 3864 1234');
    expect(text).toContain('Công an phường Tân Mai: 024 3864 5113');
    expect(text).not.toContain('024.3864.5113');
    expect(text).toContain('Trạm Y tế phường: 0905 111 222 (24/24)');
    expect(text).toContain('Cấp cứu: 115');
    expect(text).toContain(`Cán bộ chuyên trách (y sĩ Hạnh): ${SLIP}`);
  });
});
