/**
 * A flyer too long for its page because of the campaign's own lists, as the studio says it:
 * at the campaign form's field the office edits ("Đường dây nóng"), with how many lines to cut —
 * never a line of campaign.yaml, a file the office never sees.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SON_TRA_ISSUER } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { buildUntil } from './office-steps.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const HOTLINES = Array.from(
  { length: 30 },
  (_, i) => `Ban Chỉ huy Phòng thủ dân sự phường Sơn Trà, tổ ${i + 1}: 0236 3 111 ${200 + i}`,
);

const BRING = Array.from(
  { length: 12 },
  (_, i) => `Giấy tờ tùy thân, thẻ căn cước và sổ hộ khẩu của người thứ ${i + 1}`,
);

const YAML = `issued: 2026-09-21
${SON_TRA_ISSUER}
notice:
  number: 7
  symbol: CĐ-UBND
  subject: chủ động ứng phó với bão số 3
  recipients: ["{{group.name}}"]
  body: Đề nghị các tổ dân phố thông báo khẩn đến từng hộ.
  signer: { lines: [CHỦ TỊCH], name: Ngô Văn Hải }
  cc: [Như trên;]
title: Ứng phó bão số 3
actions:
  - { step: "Chằng chống nhà cửa, chặt tỉa cây xanh quanh nhà", column: Đã chằng chống }
  - { step: Sơ tán đến nơi an toàn khi có lệnh của phường, column: Đã sơ tán }
bring:
${BRING.map((b) => `  - ${b}\n`).join('')}hotlines:
${HOTLINES.map((h) => `  - "${h}"\n`).join('')}`;

describe('a flyer too long because of its hotlines, in the studio', () => {
  let s: TestStudio;
  let c: Client;
  const slug = 'son-tra';
  beforeAll(async () => {
    const dir = await makeTempDir('phuong-print-flyer-form-');
    await writeFile(join(dir, 'campaign.yaml'), YAML);
    await writeFile(join(dir, 'groups.csv'), 'STT,Tên tổ dân phố\n1,Tổ dân phố 1\n');
    ({ s, c } = await studioWithCampaign(slug, [
      join(dir, 'campaign.yaml'),
      join(dir, 'groups.csv'),
    ]));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  /** What the office must read: the form's field, how many lines to cut, and no file or key. */
  function expectSaidAtTheForm(said: string) {
    expect(said).toContain('nội dung tờ rơi không vừa một trang A5'.replace(/^n/, 'N'));
    expect(said).toMatch(
      /Rút ngắn một trong các mục ở thẻ Nội dung: mục “Số điện thoại cần biết”: bớt khoảng \d+ dòng; mục “Cần mang theo”: bớt khoảng \d+ dòng/,
    );
    expect(said).toContain(
      `“Số điện thoại cần biết” (mục “Số điện thoại cần biết” ở thẻ Nội dung) ${HOTLINES.length} dòng`,
    );
    expect(said).toContain(`(mục “Cần mang theo” ở thẻ Nội dung) ${BRING.length} dòng`);
    expect(said).not.toMatch(/dòng \d+[,:;)]|ở dòng|campaign\.yaml|“hotlines”|“bring”/);
  }

  it('the preview names the form field and the lines to cut, not a line of campaign.yaml', async () => {
    const panel = await c.get(`/c/${slug}/preview/panel?group=1&kind=flyer.pdf`);
    const said = plainText(panel.text);
    expectSaidAtTheForm(said);
    // The link goes to the field itself on the Nội dung tab.
    expect(panel.text).toMatch(/<a href="\/c\/son-tra#[^"]+">Sửa ở mục “Số điện thoại cần biết”/);
  });

  it('the build tab says the same, and sends to the field, not to the groups list', async () => {
    await buildUntil(c, slug, 'done');
    const page = await c.get(`/c/${slug}/build`);
    const said = plainText(page.text);
    expect(said).toContain('Các tổ chưa tạo được tệp in: Tổ dân phố 1');
    // The group's own row in the groups list names it; the refusal names no line.
    expectSaidAtTheForm(said.replace('Tổ dân phố 1 (dòng 2):', ''));
    expect(page.text).toMatch(/<a href="\/c\/son-tra#[^"]+">Sửa ở mục “Số điện thoại cần biết”/);
    expect(said).not.toContain('Sửa danh sách tổ');
  });
});
