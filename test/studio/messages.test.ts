/**
 * The loader's messages in Vietnamese: real problems of a campaign file and a groups file, as the
 * loader words them, come out in Vietnamese with their values; a message the catalogue does not
 * know comes out as the loader wrote it, not dropped.
 */
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../src/errors.js';
import { parseCampaignReport } from '../../src/load/campaign.js';
import { parseGroupsCsv } from '../../src/load/groups/index.js';
import { DOCUMENTS } from '../../src/messages/vi/documents.js';
import { INPUTS } from '../../src/messages/vi/inputs.js';
import { inVietnamese, withFieldLabels } from '../../src/studio/messages.js';
import { skeletonCampaign } from '../../src/studio/skeleton.js';
import { checkTemplate } from '../../src/template/check.js';
import { renderTemplate } from '../../src/template/handlebars.js';
import { Sections } from '../../src/template/sections.js';
import { userError, userErrorSync } from '../support/inputs.js';

const problems = (yaml: string) =>
  problemsOf(userErrorSync(() => parseCampaignReport(yaml, 'campaign.yaml'))).map((e) => ({
    field: e.where.field,
    vi: inVietnamese(e),
  }));

describe('the loader in Vietnamese', () => {
  const good = skeletonCampaign('Tiêm chủng', '2026-11-30');

  it('the skeleton of a new campaign loads as it is', () => {
    expect(parseCampaignReport(good, 'campaign.yaml').campaign.notice.subject).toBe('Tiêm chủng');
  });

  it('says the campaign file problems in Vietnamese, with the values', () => {
    const bad = good
      .replace(/^issued: .*/m, 'issued: 2026-02-30')
      .replace(/ {2}number:.*/, '  number: một')
      .replace('  symbol: UBND-VHXH\n', '  symbol: ""\n')
      .replace('  cc: # nơi nhận\n    - Như trên;\n    - "Lưu: VT, VHXH."\n', '  cc: []\n')
      .concat('links:\n  zalo: { url: "zalo.me/g/abc", label: Nhóm Zalo }\n');
    expect(problems(bad)).toEqual([
      {
        field: 'issued',
        vi: '“Ngày ban hành” không phải là ngày có thật trên lịch (“2026-02-30”).',
      },
      { field: 'notice.number', vi: '“number” phải là một số, nhưng đang là “một”.' },
      { field: 'notice.symbol', vi: '“symbol” không được để trống.' },
      { field: 'notice.cc', vi: '“cc” chưa có dòng nào: cần ít nhất một dòng.' },
      {
        field: 'links.zalo.url',
        vi: '“url” phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://, nhưng đang là “zalo.me/g/abc”.',
      },
    ]);
  });

  it('says a bad row of the groups file in Vietnamese', async () => {
    const csv = new TextEncoder().encode('STT;Tên tổ dân phố;Số hộ\n1;Tổ 1;12\n1;Tổ 2;30\n');
    const e = await userError(() => parseGroupsCsv(csv, 'groups.csv'));
    expect(inVietnamese(e)).toBe('Mã “1” trùng với dòng 2.');
  });

  it('says a template problem found only when drawing in Vietnamese', async () => {
    const missing = await userError(async () =>
      Sections.parse('@@ subject\nV/v họp\n', 'templates/notice.hbs').text('motto-sub'),
    );
    expect(inVietnamese(missing)).toBe('Mẫu không có phần “@@ motto-sub”.');
    expect(missing.hintIn('vi')).toBe('Thêm một dòng “@@ motto-sub”.');
    const [unknown] = checkTemplate(
      { text: '@@ subject\n{{group.nam}}\n', file: 'templates/notice.hbs' },
      { group: { name: 'Tổ 1' } },
    );
    expect(unknown && inVietnamese(unknown)).toBe('Lỗi mẫu: không có biến “group.nam”.');
    const unclosed = await userError(async () =>
      renderTemplate({ text: '@@ subject\n{{#if x}}\n', file: 'templates/notice.hbs' }, {}),
    );
    expect(inVietnamese(unclosed)).toBe(
      'Lỗi mẫu: {{#if}} chưa được đóng bằng {{/if}}: thêm {{/if}} vào chỗ phần đó kết thúc.',
    );
  });
});

describe('the campaign.yaml keys in the studio’s sentences (qa51 p3)', () => {
  it('leaves out a one-word key after its label, as the form names it', () => {
    // The catalogue's sentences as the studio shows them: "(bring)" after “Cần mang theo”.
    expect(
      withFieldLabels(
        'Nên chuyển sang mục “Cần mang theo” (bring), mỗi dòng một thứ: “Áo mưa”. Sửa ở “Đường dẫn” (links) hoặc “Số điện thoại cần biết” (hotlines).',
      ),
    ).toBe(
      'Nên chuyển sang mục “Cần mang theo”, mỗi dòng một thứ: “Áo mưa”. Sửa ở “Đường dẫn” hoặc “Số điện thoại cần biết”.',
    );
    expect(withFieldLabels('tên ngắn của chiến dịch (title) dài 90 ký tự')).toBe(
      'tên ngắn của chiến dịch dài 90 ký tự',
    );
    // A key after other words is no label's: an annex's "tên (title)" is not the campaign's title.
    expect(withFieldLabels('mỗi phụ lục có tên (title) và nội dung (body)')).toBe(
      'mỗi phụ lục có tên (title) và nội dung (body)',
    );
  });

  it('says no field’s one-word key after its label in any message about a campaign', () => {
    // The command line's own catalogue (cli.ts) is for the one who writes campaign.yaml.
    const left = [...Object.values(INPUTS()), ...Object.values(DOCUMENTS())]
      .map(withFieldLabels)
      .filter((t) =>
        /(?:”|\p{Ll}) \((?:bring|when|where|links|hotlines|actions|measures)\)/u.test(t),
      );
    expect(left).toEqual([]);
  });
});
