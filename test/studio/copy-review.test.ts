/**
 * A campaign started as a copy of the previous one (qa24 F3): the reminder lists every field that
 * still holds the earlier campaign's own content, by the label the office sees — a vaccination
 * drive's slogan, what to bring, the office to ask, its recipients — and never the ward's own
 * fields (who issues and signs). It stays until each listed field was changed by a save or ticked
 * "Giữ như cũ"; "Tạo tệp in" meanwhile warns on the build tab naming them, and the flyer indeed
 * prints them. Real sockets, the studio's own build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAME_FILE } from '../../src/studio/campaign-folders.js';
import { pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { copyOf } from './campaign-files.js';
import { openCampaignPage, saveCampaignPage } from './campaign-page.js';
import { buildUntil } from './office-steps.js';
import { visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

/** The vaccination drive's own texts (qa24 c1), typed into the earlier campaign. */
const SLOGAN = 'Tiêm chủng đầy đủ – Bảo vệ trẻ khỏi bệnh Sởi';
const BOOK = 'Sổ tiêm chủng hoặc giấy xác nhận tiêm chủng của trẻ';
const BRING = `${BOOK}\nThẻ căn cước của cha, mẹ hoặc người đưa trẻ đi tiêm`;
const OFFICE = 'Trạm Y tế phường Tân Phú';
const PHONE = '028 3860 1234';
const CC = 'Như trên;\nTTYT khu vực Tân Phú;\nLưu: VT, VHXH.';
const ACTIONS =
  'Đưa trẻ đến điểm tiêm đúng giờ của khu phố | Đã tiêm\nTheo dõi trẻ 30 phút tại điểm tiêm và 24 giờ tại nhà sau tiêm | Theo dõi';
const EARLIER = 'Tiêm bù, tiêm vét vắc xin Sởi – Rubella cho trẻ từ 1 đến 5 tuổi';

/** What the office changes on the copy as its reminder first asked (qa24 c2, no contest, no app). */
const CHARITY = {
  'notice.number': '437',
  issued: '08/12/2026',
  title: 'Vận động ủng hộ Quỹ “Vì người nghèo” năm 2026',
  'notice.subject': 'vận động ủng hộ Quỹ “Vì người nghèo” phường năm 2026',
  'notice.body':
    'Ủy ban nhân dân phường đề nghị các tổ dân phố vận động ủng hộ Quỹ “Vì người nghèo” từ ngày 10/12/2026 đến hết ngày 15/01/2027.',
  when: 'Từ ngày 10/12/2026 đến hết ngày 15/01/2027',
  where: 'Nhà văn hóa {{group.name}} hoặc chuyển khoản',
  actions:
    'Ủng hộ trực tiếp tại nhà văn hóa hoặc cho tổ trưởng (nhận biên nhận) | Đã ủng hộ\nHoặc chuyển khoản qua mã QR “Chuyển khoản ủng hộ” | Chuyển khoản',
  hotlines: 'Ban Thường trực UBMTTQ phường: 028 3860 2468',
  links: 'chuyenkhoan | https://quyvnn.tanphu.hcmc.gov.vn/ung-ho | Chuyển khoản ủng hộ',
  measures: 'Số hộ đã ủng hộ Quỹ | hộ',
};

describe('a campaign copied from the previous one', () => {
  let s: TestStudio;
  let c: Client;
  let slug: string;

  /** The copy's form as saved, with `changes` over it, posted as the edit page sends it. */
  const save = async (changes: Record<string, string>) => {
    const res = await saveCampaignPage(c, slug, changes);
    expect(res.status, visible(res.text).slice(0, 600)).toBe(303);
  };
  /** The reminder's items on the edit page: the label linked (by its field's id) and what it says. */
  const reminder = async () => {
    const page = (await c.get(`/c/${slug}`)).text;
    const box = /<div class="notice info copy-reminder"[\s\S]*?<\/div>/.exec(page)?.[0] ?? '';
    return [...box.matchAll(/<span class="carried-said">([\s\S]*?)<\/span>/g)].map((m) =>
      visible(m[1] ?? '').trim(),
    );
  };
  const labels = (items: string[]) => items.map((i) => i.slice(0, i.indexOf(':')));
  /** The ward's flyer print file of the last build, as text. */
  const flyer = async () => {
    const folder = join(s.dataDir, 'campaigns', slug);
    const manifest = JSON.parse(await readFile(join(folder, 'out', 'manifest.json'), 'utf8'));
    const print = manifest.print.find((b: { kind: string }) => b.kind === 'flyer');
    return (await pdfText(join(folder, 'out', print.path))).replace(/\s+/g, ' ');
  };
  const buildNotice = async () =>
    visible((await c.get(`/c/${slug}/build`)).text).match(
      /Đây là bản sao của chiến dịch[^.]*\.[^.]*\./,
    )?.[0];

  beforeAll(async () => {
    let folder: string;
    // Two groups: what the ward's flyer prints is the campaign's, in each group's flyer alike.
    ({ s, c, folder } = await studioWithExample({ groups: wardCsv(2) }, 'tiem-soi'));
    await writeFile(join(folder, NAME_FILE), `${EARLIER}\n`);
    const res = await saveCampaignPage(c, 'tiem-soi', {
      slogan: SLOGAN,
      bring: BRING,
      'issuer.office': OFFICE,
      'issuer.phone': PHONE,
      'notice.cc': CC,
      actions: ACTIONS,
      title: EARLIER,
    });
    expect(res.status, visible(res.text).slice(0, 600)).toBe(303);
    slug = await copyOf(s, c, 'tiem-soi', 'Vận động ủng hộ Quỹ “Vì người nghèo” năm 2026');
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('lists every field still holding the earlier campaign’s content, never the ward’s', async () => {
    const items = await reminder();
    const shown = labels(items);
    for (const label of [
      'Khẩu hiệu',
      'Cần mang theo',
      'Bộ phận giải đáp',
      'Số điện thoại liên hệ',
      'Nơi nhận',
      'Việc người dân cần làm',
      'Đường dẫn (in thành mã QR)',
      'Chỉ tiêu',
      'Tên ngắn của chiến dịch',
      'Trích yếu (V/v)',
      'Nội dung',
    ]) {
      expect(shown, label).toContain(label);
    }
    // Each with what it says now; of Nơi nhận, the campaign's own line, not "Như trên", "Lưu".
    expect(items).toContain(`Khẩu hiệu: “${SLOGAN}”`);
    expect(items).toContain(`Bộ phận giải đáp: “${OFFICE}”`);
    expect(items).toContain('Nơi nhận: “TTYT khu vực Tân Phú;”');
    expect(items.find((i) => i.startsWith('Cần mang theo'))).toContain(BOOK);
    // The ward's own fields stay as they are: who issues and signs, the ward's name.
    for (const ward of [
      'Tên cơ quan ban hành',
      'Tên đơn vị trong câu',
      'Quyền hạn, chức vụ người ký',
      'Họ và tên người ký',
    ]) {
      expect(shown, ward).not.toContain(ward);
    }
  });

  it('after the fields the office changed are saved, still lists those it did not', async () => {
    // No contest and no app for a charity drive: all their fields emptied.
    // The page's own fields of the contest and the app.
    const form = await openCampaignPage(c, slug);
    const none = Object.fromEntries(
      Object.keys(form)
        .filter((k) => /^(contest|app)\.|^links\.contest\./.test(k))
        .map((k) => [k, '']),
    );
    await save({ ...CHARITY, ...none });
    expect(labels(await reminder())).toEqual([
      'Bộ phận giải đáp',
      'Số điện thoại liên hệ',
      // Of the example's "Kính gửi" only its schools' line is the campaign's (the others name
      // the ward's own bodies: standing, never listed).
      'Kính gửi',
      'Nơi nhận',
      'Khẩu hiệu',
      'Cần mang theo',
    ]);
  });

  it('“Tạo tệp in” warns on the build tab naming them, as the flyer prints them', async () => {
    await buildUntil(c, slug, 'done');
    expect(await buildNotice()).toBe(
      `Đây là bản sao của chiến dịch “${EARLIER}”: 6 mục vẫn ghi như chiến dịch cũ, chưa sửa lần nào: Bộ phận giải đáp, Số điện thoại liên hệ, Kính gửi, Nơi nhận, Khẩu hiệu, Cần mang theo. Các tài liệu in ra sẽ ghi như vậy.`,
    );
    const text = await flyer();
    expect(text).toContain(SLOGAN);
    expect(text).toContain(BOOK);
    expect(text).toContain(OFFICE);
  });

  it('each changed or ticked “Giữ như cũ” leaves the list; then the build tab says nothing', async () => {
    const slogan = 'Vì người nghèo – không để ai bị bỏ lại phía sau';
    const bring = 'Biên nhận ủng hộ của Ban vận động';
    await save({ slogan, bring, _keep: 'notice.cc' });
    await save({ _keep: 'notice.recipients' });
    expect(labels(await reminder())).toEqual(['Bộ phận giải đáp', 'Số điện thoại liên hệ']);
    const office = 'Ban Thường trực UBMTTQ phường';
    await save({ 'issuer.office': office, _keep: 'issuer.phone' });
    expect(await reminder()).toEqual([]);
    expect((await c.get(`/c/${slug}`)).text).not.toContain('copy-reminder');
    await buildUntil(c, slug, 'done');
    expect(await buildNotice()).toBeUndefined();
    const text = await flyer();
    expect(text).toContain(slogan);
    expect(text).toContain(bring);
    expect(text).toContain(office);
    expect(text).not.toContain(SLOGAN);
    expect(text).not.toContain(BOOK);
  });
});
