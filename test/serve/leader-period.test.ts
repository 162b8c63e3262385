/**
 * A leader's page after the campaign's end (qa25c F1): opened from an old link in the chat, it
 * said "Gửi tin nhắn ngay…", "In tờ rơi, phát cho từng hộ", "In 124 tờ A4". Now, once the last
 * day has passed, it says at the top that the campaign ended and on which day, asks no more
 * sending or printing, and keeps the documents (for the record) and the figures form. Before a
 * contest starts it says when it starts. Real servers on loopback on the real clock (Viet Nam's
 * day), the campaigns' dates set from today: the example's contest, and a campaign without a
 * contest, whose day is its `when` line's.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import { loadWard, type Ward } from '../../src/serve/ward.js';
import { openStore } from '../../src/store/open-store.js';
import { bloodDriveCampaign } from '../support/inputs.js';
import { visible } from '../support/page-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir } from '../support/tmp.js';
import { closedAfterAll, startServer, type TestServer, tokenOf, wardOf } from './server.js';

/** Today in Viet Nam (the time zone's own rule, not the code's UTC+7), YYYY-MM-DD. */
const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
/** Today in Viet Nam moved by `days`, YYYY-MM-DD. */
const day = (days: number) =>
  new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
/** "2026-12-04" → "04/12/2026", as the page writes a day. */
const shown = (iso: string) => iso.split('-').reverse().join('/');

const { servers, stores } = closedAfterAll();

/** The example with its contest from `starts` to `ends`, in a copy of its folder (its images). */
async function exampleFrom(starts: string, ends: string): Promise<Ward> {
  const dir = await makeTempDir();
  await cp(dirname(EXAMPLE_CAMPAIGN), dir, { recursive: true });
  const yaml = (await readFile(EXAMPLE_CAMPAIGN, 'utf8'))
    .replace(/^issued: \S+/m, `issued: ${day(-60)}`)
    .replace(/^ {2}starts: \S+/m, `  starts: ${starts}`)
    .replace(/^ {2}ends: \S+/m, `  ends: ${ends}`);
  await writeFile(join(dir, 'campaign.yaml'), yaml);
  return loadWard({ campaign: join(dir, 'campaign.yaml'), groups: EXAMPLE_GROUPS });
}

/** A real server of `ward` with its figures form, on the real clock (no `today` given). */
async function serve(ward: Ward): Promise<TestServer> {
  const store = await openStore({ dataDir: await makeTempDir() });
  stores.push(store);
  const s = await startServer({
    ward,
    today: undefined,
    results: {
      db: store.db,
      campaign: campaignKey(ward.campaign),
      measures: ward.campaign.measures,
    },
  });
  servers.push(s);
  return s;
}

/**
 * What group `id`'s page says, read once; the server is closed then (each case reads one page a
 * server): a page's first visit starts drawing its group's documents in the background, ~2 s of
 * CPU a server that nothing here looks at, and closing stops it.
 */
const textOf = async (s: TestServer, id: string) => {
  try {
    return visible(await (await fetch(`${s.url}/g/${tokenOf(id)}/`)).text());
  } finally {
    const at = servers.indexOf(s);
    if (at >= 0) servers.splice(at, 1);
    await s.app.close();
  }
};

/** What a page asks that only a running campaign should: send, print, print counts. */
const URGES = [
  /Gửi tin nhắn ngay/,
  /In tờ rơi/,
  /tờ A4/,
  /Tài liệu để in/,
  /Sao chép/,
  /để in trên máy tính/,
];

describe('the leader’s page and the campaign’s days', () => {
  it('after the contest’s last day: says it ended, asks no sending or printing, keeps the documents and the form', async () => {
    const ends = day(-1);
    const s = await serve(await exampleFrom(day(-31), ends));
    const text = await textOf(s, '1');
    expect(text).toContain(`Cuộc thi đã kết thúc ngày ${shown(ends)}.`);
    for (const urge of URGES) expect(text).not.toMatch(urge);
    expect(text).toContain('Tài liệu để lưu');
    expect(text).toContain('Tờ rơi');
    // Reporting after the end is normal: the form stays, and the one step left points to it.
    expect(text).toContain('Báo cáo số liệu của tổ ở cuối trang này.');
    expect(text).toContain('Lưu lại');
    expect(text).toContain('Số người dân tham gia cuộc thi');
  });

  it('on the contest’s last day: the page still asks to send and print', async () => {
    const s = await serve(await exampleFrom(day(-30), day(0)));
    const text = await textOf(s, '1');
    expect(text).not.toContain('đã kết thúc');
    expect(text).toContain('Gửi tin nhắn ngay dưới đây vào nhóm Zalo của tổ.');
    // Tổ dân phố số 1 has 248 households (groups.csv), 2 flyers to a sheet.
    expect(text).toContain('In 124 tờ A4 (248 hộ, mỗi tờ 2 tờ rơi)');
  });

  it('before the contest: says the day it starts', async () => {
    const starts = day(1);
    const s = await serve(await exampleFrom(starts, day(30)));
    const text = await textOf(s, '1');
    expect(text).toContain(
      `Cuộc thi bắt đầu từ ngày ${shown(starts)} (đến hết ngày ${shown(day(30))}).`,
    );
    expect(text).toContain('Gửi tin nhắn ngay dưới đây vào nhóm Zalo của tổ.');
  });
});

/** A blood drive on one day (its `when`), no contest, no figures, its notice 40 days old. */
const drive = (when: string) => bloodDriveCampaign(day(-40), when);
const GROUPS = 'STT;Tên tổ dân phố;Số hộ\n1;Tổ dân phố 1;120\n';
/** "Chủ nhật 29/3/2026, từ 7h00": a day as a ward writes it, without leading zeros. */
const written = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
};

describe('a campaign without a contest: its day is its `when` line’s', () => {
  it('after that day: says it ended, asks no printing', async () => {
    const held = day(-2);
    const ward = await wardOf(drive(`Chủ nhật ${written(held)}, từ 7h00`), GROUPS);
    const s = await startServer({ ward, today: undefined });
    servers.push(s);
    const text = await textOf(s, '1');
    expect(text).toContain(`Chiến dịch đã kết thúc ngày ${shown(held)}.`);
    for (const urge of URGES) expect(text).not.toMatch(urge);
    expect(text).toContain('Tài liệu để lưu');
  });

  it('on that day: asks as before, and says nothing of an end', async () => {
    const ward = await wardOf(drive(`Chủ nhật ${written(day(0))}, từ 7h00`), GROUPS);
    const s = await startServer({ ward, today: undefined });
    servers.push(s);
    const text = await textOf(s, '1');
    expect(text).not.toContain('đã kết thúc');
    expect(text).toContain('In tờ rơi, phát cho từng hộ trong tổ.');
    expect(text).toContain('In 60 tờ A4 (120 hộ, mỗi tờ 2 tờ rơi)');
  });

  it('the server reads its one clock, ServerOptions.today', async () => {
    const ward = await wardOf(drive(`Chủ nhật ${written(day(0))}, từ 7h00`), GROUPS);
    const s = await startServer({ ward, today: () => day(1) });
    servers.push(s);
    expect(await textOf(s, '1')).toContain(`Chiến dịch đã kết thúc ngày ${shown(day(0))}.`);
  });
});

/**
 * A `when` line with a day and month but no year ("ngày 15/12, 19h30", qa25): the day is the
 * campaign's, in the year of the notice's date — or the next year's for a notice of late
 * December about early January. Before, such a day was ignored and the page never ended.
 */
describe('a `when` day written without its year', () => {
  const page = async (issued: string, when: string, today: string) => {
    const yaml = bloodDriveCampaign(issued, when);
    const s = await startServer({ ward: await wardOf(yaml, GROUPS), today: () => today });
    servers.push(s);
    return textOf(s, '1');
  };

  it('is taken in the notice’s year: ended the day after, not on the day', async () => {
    const when = 'ngày 15/12, 19h30';
    expect(await page('2026-12-01', when, '2026-12-16')).toContain(
      'Chiến dịch đã kết thúc ngày 15/12/2026.',
    );
    const onTheDay = await page('2026-12-01', when, '2026-12-15');
    expect(onTheDay).not.toContain('đã kết thúc');
    expect(onTheDay).toContain('In tờ rơi, phát cho từng hộ trong tổ.');
  });

  it('early in the year after a notice of late December is the next year’s', async () => {
    const when = '15/01, 7h00';
    expect(await page('2026-12-20', when, '2027-01-16')).toContain(
      'Chiến dịch đã kết thúc ngày 15/01/2027.',
    );
    expect(await page('2026-12-20', when, '2026-12-28')).not.toContain('đã kết thúc');
  });

  it('a period’s first day takes the year of the day that ends it, not the notice’s', async () => {
    // A notice of 05/01/2027 extending a period begun in December: in the notice's year, 20/12
    // would be 20/12/2027, and the page would not say the campaign ended until then.
    const when = 'Từ 20/12 đến 10/01/2027';
    expect(await page('2027-01-05', when, '2027-01-11')).toContain(
      'Chiến dịch đã kết thúc ngày 10/01/2027.',
    );
    expect(await page('2027-01-05', when, '2027-01-10')).not.toContain('đã kết thúc');
  });

  it('a day written in words, as the notice’s date line writes it, is read', async () => {
    const when = '19h30 ngày 15 tháng 12 năm 2026';
    expect(await page('2026-12-01', when, '2026-12-16')).toContain(
      'Chiến dịch đã kết thúc ngày 15/12/2026.',
    );
    expect(await page('2026-12-01', when, '2026-12-15')).not.toContain('đã kết thúc');
  });
});

describe('a period typed ending before it starts (qa26 F11)', () => {
  it('in a group’s own columns: the page never says the campaign ended on its first day', async () => {
    const starts = day(0);
    const [y, m, d] = starts.split('-');
    // The year not moved: the end typed a year before the start, as "đến hết ngày 15/01/2026"
    // for 2027. Read sorted, the start became the end, and the next day the page said "Chiến
    // dịch đã kết thúc ngày <start>".
    const typo = `${d}/${m}/${Number(y) - 1}`;
    const ward = await wardOf(
      drive('Từ ngày {{group.[Bắt đầu]}} đến hết ngày {{group.[Kết thúc]}}'),
      `STT;Tên tổ dân phố;Số hộ;Bắt đầu;Kết thúc\n1;Tổ dân phố 1;120;${shown(starts)};${typo}\n`,
    );
    const s = await startServer({ ward, today: () => day(1) });
    servers.push(s);
    const text = await textOf(s, '1');
    expect(text).toContain(`Từ ngày ${shown(starts)} đến hết ngày ${typo}`);
    expect(text).not.toContain('đã kết thúc');
    expect(text).not.toContain(`kết thúc ngày ${shown(starts)}`);
  });
});

/**
 * A time with its end left open (qa49 M1): a storm notice "Từ 21h00 đêm nay 06/12/2026 đến khi có
 * thông báo mới", read after midnight. Its one day is when it began: the page said "Chiến dịch đã
 * kết thúc ngày 06/12/2026 … Không cần gửi tin nhắn" in the middle of the storm.
 */
describe('a `when` whose end is left open', () => {
  const page = async (when: string, today: string) => {
    const yaml = bloodDriveCampaign('2026-12-06', when);
    const s = await startServer({ ward: await wardOf(yaml, GROUPS), today: () => today });
    servers.push(s);
    return textOf(s, '1');
  };

  it.each([
    'Từ 21h00 đêm nay 06/12/2026 đến khi có thông báo mới',
    'Từ 06/12/2026 cho đến khi có thông báo khác',
    'Từ 18h00 ngày 06/12/2026 đến khi hết bão',
  ])(
    '“%s” has not ended the day after, and the page still asks to send and print',
    async (when) => {
      const text = await page(when, '2026-12-07');
      expect(text).not.toContain('đã kết thúc');
      expect(text).not.toContain('đã được sửa');
      expect(text).toContain('In tờ rơi, phát cho từng hộ trong tổ.');
    },
  );

  it.each([
    ['Chủ nhật 13/12/2026, từ 7h00 đến khi hết phiếu', '2026-12-14', '13/12/2026'],
    [
      'Từ 10/12/2026 đến 17h00 ngày 15/12/2026 hoặc đến khi đủ 100 người',
      '2026-12-16',
      '15/12/2026',
    ],
  ])('“%s” is not left open: over on %s (read49)', async (when, today, ends) => {
    expect(await page(when, today)).toContain(`Chiến dịch đã kết thúc ngày ${ends}.`);
  });

  it('an end day written with it still ends the campaign', async () => {
    const when = 'Từ 06/12/2026 đến khi hết bão, chậm nhất đến hết ngày 08/12/2026';
    expect(await page(when, '2026-12-09')).toContain('Chiến dịch đã kết thúc ngày 08/12/2026.');
    expect(await page(when, '2026-12-07')).not.toContain('đã kết thúc');
  });
});
