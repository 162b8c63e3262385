import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { recordSubmission } from '../../src/results/results-store.js';
import { createServer } from '../../src/serve/app.js';
import { createInProcessRenderer } from '../../src/serve/renderer.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { dengueCampaign } from '../fixtures/dengue-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, SECRET, TEST_TODAY, tokenOf, wardOf } from './server.js';

const CAMPAIGN = dengueCampaign({
  name: 'PHƯỜNG TÂN ĐỊNH',
  ward: 'phường Tân Định',
  place: 'Tân Định',
});
const GROUPS = `STT;Tên khu phố;Trưởng khu phố;Số hộ;Số nhân khẩu
1;Khu phố 1;Nguyễn Hữu Dũng;262;1010
2;Khu phố 2;Bùi Thị Loan;241;764
3;Khu phố 3;Dương Đức Tâm;322;1219
`;
const WRONG_WORD = /tổ dân phố|tổ trưởng/i;
const BASE = 'https://phuong-tandinh.example.vn/tai-lieu';

let app: FastifyInstance;
let url: string;
let store: Store;
beforeAll(async () => {
  const ward = await wardOf(CAMPAIGN, GROUPS);
  store = await openStore({ dataDir: await makeTempDir() });
  const results = {
    db: store.db,
    campaign: campaignKey(ward.campaign),
    measures: ward.campaign.measures,
  };
  // Khu phố 1's leader has reported: the figures' source names who gave them.
  const group = ward.group('1');
  if (!group) throw new Error('no group 1');
  await recordSubmission(store.db, results, {
    group,
    values: { ho_sach: 120 },
    source: 'leader',
    confirmed: false,
    id: 'leader:test:1:0',
  });
  app = await createServer({
    ward,
    secret: SECRET,
    adminPassword: ADMIN_PASSWORD,
    baseUrl: BASE,
    renderer: createInProcessRenderer(ward),
    today: () => TEST_TODAY,
    results,
  });
  url = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
  await removeTempDirs();
});

const get = (path: string) =>
  fetch(`${url}${path}`, { headers: { authorization: basic('admin', ADMIN_PASSWORD) } });

describe('a khu phố ward’s pages', () => {
  it('the leader’s page and its figures form say "khu phố"', async () => {
    const html = await (await fetch(`${url}/g/${tokenOf('1')}/`)).text();
    expect(html).toContain('<h1>Khu phố 1</h1>');
    expect(html).toContain('Báo cáo kết quả của khu phố</h2>');
    expect(html).toContain('Nhập số liệu mới nhất của khu phố');
    expect(html).toContain('Trưởng khu phố gửi');
    expect(html).not.toMatch(WRONG_WORD);
  });

  it('"Việc cần làm" names the documents this campaign offers, in the ward’s words', async () => {
    const html = await (await fetch(`${url}/g/${tokenOf('1')}/`)).text();
    const list = /<ol class="steps">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    const steps = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
      (m[1] ?? '').replace(/<[^>]+>/g, ''),
    );
    // A dengue campaign without an app or a contest: a notice, a poster and its share image
    // (qa50 p9: it had none), a flyer, a checklist, a tracking sheet and a figure to report.
    expect(steps).toEqual([
      // What a leader does first: forward the message to the group's Zalo chat (qa21 5).
      'Gửi tin nhắn ngay dưới đây vào nhóm Zalo của khu phố.',
      // Then the flyer's picture, after the message it belongs to (qa48 M3): the one picture the
      // chat needs, the poster's being for posts (left11a #4: two pictures "for Zalo" before).
      'Gửi ảnh tờ rơi vào nhóm Zalo của khu phố, sau tin nhắn: nhóm chỉ cần ảnh này; ảnh áp phích là để đăng lên Facebook hoặc Nhật ký Zalo.',
      'In thông báo của phường, dán ở nhà văn hóa hoặc bảng tin của khu phố.',
      'In áp phích và dán ở nhà văn hóa, nơi đông người.',
      'In tờ rơi, phát cho từng hộ trong khu phố.',
      'In danh mục các việc cần làm, đưa cho các hộ tự đánh dấu.',
      // Households counted (its measure), blank household rows: a tick per household (qa8 L1).
      'In bảng theo dõi: mỗi hộ một dòng, đánh dấu “x” khi hộ đã làm xong từng việc.',
      'Báo cáo số liệu của khu phố ở cuối trang này.',
    ]);
    // The last step takes the leader to the form, far down the page.
    expect(list).toContain('<a href="#ket-qua">');
    expect(html).toContain('id="ket-qua"');
  });

  it('the office’s figures page says "khu phố"', async () => {
    const res = await get('/admin/ket-qua');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Kết quả thực hiện của các khu phố</h1>');
    expect(html).toContain('Đã báo cáo: 1/3 khu phố.');
    expect(html).toContain('<th scope="col">Khu phố</th>');
    expect(html).toContain('Chưa báo cáo (2 khu phố)');
    expect(html).toContain('title="Trưởng khu phố gửi"');
    expect(html).not.toMatch(WRONG_WORD);
  });

  it('the office’s links page says "khu phố" and "trưởng khu phố"', async () => {
    const html = await (await get('/admin')).text();
    expect(html).toContain('<h1>Đường dẫn tải tài liệu của các khu phố</h1>');
    expect(html).toContain('Mã khu phố: 1 · Trưởng khu phố: Nguyễn Hữu Dũng');
    expect(html).toContain('In mã QR để cắt và phát cho trưởng khu phố');
    expect(html).not.toMatch(WRONG_WORD);
    // Its sheet of links names the columns in the same words (groups.csv: "Trưởng khu phố").
    const sheet = await (await get('/admin/links.csv')).text();
    expect(sheet.split('\r\n').slice(0, 2)).toEqual([
      'Mã khu phố;Tên khu phố;Trưởng khu phố;Đường dẫn',
      `1;Khu phố 1;Nguyễn Hữu Dũng;${BASE}/g/${tokenOf('1')}/`,
    ]);
  });

  it('the sheet of QR codes downloads as "Mã QR các khu phố.pdf", its cards name the trưởng khu phố', async () => {
    const res = await get('/admin/qr.pdf');
    expect(res.status).toBe(200);
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('Mã QR các khu phố.pdf')}`,
    );
    expect(disposition).toContain('filename="Ma QR cac khu pho.pdf"');
    // A card's line may wrap inside a long name.
    const text = collapseSpaces(await pdfText(new Uint8Array(await res.arrayBuffer())));
    for (const leader of ['Nguyễn Hữu Dũng', 'Bùi Thị Loan', 'Dương Đức Tâm'])
      expect(text).toContain(`Trưởng khu phố: ${leader}`);
    expect(text).not.toMatch(WRONG_WORD);
  });
});
