/**
 * The leader page's lead line names the campaign as the office does: its title when it has one,
 * else its contest (and app), else the notice's subject; never "tài liệu tuyên truyền" (an
 * evacuation order is not propaganda) nor the app alone for a campaign about something else.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { renderPage } from '../../src/serve/html.js';
import { NO_PERIOD } from '../../src/serve/period.js';
import { headingOf } from '../../src/serve/views.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { exampleInputs } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';
import { startServer, tokenOf } from './server.js';

const group: Group = { id: '1', name: 'Tổ dân phố 1', source: { file: 'groups.csv', row: 2 } };

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => cleanupTempDir(dir));

function leadOf(campaign: Parameters<typeof buildContext>[0]): string {
  const html = renderPage('leader', {
    assets: '/assets/',
    inApp: false,
    period: NO_PERIOD,
    doc: headingOf(buildContext(campaign, group, 'to-dan-pho-1')),
    message: { text: '', rows: 3 },
    unit: 'phường',
    offers: {},
    documents: [],
    results: null,
    zip: { href: 'all.zip', downloadName: 'all.zip', size: '1 KB' },
  });
  return /<p class="lead">([^<]*)<\/p>/.exec(html)?.[1] ?? '';
}

async function noticeOnly(extra: string) {
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, `${NOTICE_ONLY}${extra}`);
  return (await loadCampaign(file)).campaign;
}

describe('the leader page’s lead line', () => {
  it('is the campaign’s title when it has one, even with an app', async () => {
    const title = 'Lớp “Bình dân học vụ số” – kỹ năng số cơ bản';
    const campaign = await noticeOnly(
      `title: ${JSON.stringify(title)}\n` +
        'app:\n  name: VNeID\n  ios: { url: "https://apps.apple.com/vn/app/vneid/id1582750311", label: iPhone }\n' +
        '  android: { url: "https://play.google.com/store/apps/details?id=com.vnid", label: Android }\n' +
        '  qr_caption_ios: Mã QR tải VNeID cho iPhone\n  qr_caption_android: Mã QR tải VNeID cho Android\n',
    );
    expect(leadOf(campaign)).toBe(`Tài liệu của phường: ${title}`);
  });

  it('quotes a title with its own colon rather than set it after a second one (qa21)', async () => {
    const campaign = await noticeOnly('title: "KHẨN: Ứng phó bão số 3"\n');
    expect(leadOf(campaign)).toBe('Tài liệu của phường về “KHẨN: Ứng phó bão số 3”');
  });

  it('names the notice’s subject, in neutral words, without a title', async () => {
    const campaign = await noticeOnly('');
    expect(leadOf(campaign)).toBe(
      'Tài liệu của phường về việc tăng cường phòng, chống sốt xuất huyết',
    );
  });

  it('names the contest and the app of a contest campaign without a title', async () => {
    const { campaign } = await exampleInputs();
    expect(leadOf(campaign)).toBe(
      'Tài liệu của phường về Cuộc thi “Công dân số Hải Phòng - sử dụng thông minh, sống an toàn” (11/10/2025 – 11/11/2025) và ứng dụng Smart Hải Phòng',
    );
  });

  it('is what the served leader page says, over HTTP', async () => {
    const s = await startServer();
    try {
      const html = await (await fetch(`${s.url}/g/${tokenOf('5')}/`)).text();
      expect(/<p class="lead">([^<]*)<\/p>/.exec(html)?.[1]).toBe(
        'Tài liệu của phường về Cuộc thi “Công dân số Hải Phòng - sử dụng thông minh, sống an toàn” (11/10/2025 – 11/11/2025) và ứng dụng Smart Hải Phòng',
      );
    } finally {
      await s.app.close();
    }
  });
});
