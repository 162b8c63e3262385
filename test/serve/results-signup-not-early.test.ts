/**
 * qa57 M4: the summer swimming class (test/fixtures/qa57-boi, the campaign QA made in the
 * studio: "Hạn đăng ký: 20/5/2027" printed, the class "Từ ngày 07/6/2027 đến ngày 30/7/2027", no
 * "Hạn báo cáo"). Its figures are the children signed up by 20/5, before the class. The leader's
 * page told them figures sent before 07/06/2027 are marked "gửi trước ngày diễn ra" (send again
 * in June), and Kết quả and the report PDF marked Tổ 1's 23 sign-ups so. A sign-up's figures
 * sent before its event are on time now: one rule (results/early.ts) for the leader's page,
 * Kết quả and the report, all over real HTTP. The same campaign without its "Hạn đăng ký" still
 * tells the leader the class's day, as any event's.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type ResultsOffice, resultsOffice } from './results-office.js';
import { closedAfterAll, leaderPageOn, wardOf } from './server.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa57-boi/${name}`, import.meta.url));
// The column's form of the measure, which gives the children's list whatever `of: trẻ` reads as.
const campaignText = async () =>
  (await readFile(fixture('campaign.yaml'), 'utf8')).replace(
    'of: trẻ',
    'of: Số trẻ từ 6 đến 15 tuổi',
  );

let office: ResultsOffice;
beforeAll(async () => {
  const groups = await readFile(fixture('groups.csv'), 'utf8');
  office = await resultsOffice(await campaignText(), groups, 'phuong-print-signup-early-');
  // Tổ 1's 23 children, sent on 10/05/2027: before the 20/5 deadline, a month before the class.
  await office.report(
    '1',
    { so_tre_dang_ky_hoc_boi: 23 },
    { at: new Date('2027-05-10T09:00:00+07:00') },
  );
}, 60_000);
afterAll(async () => {
  await office?.close();
  await removeTempDirs();
});

describe('a sign-up’s figures sent before the event', () => {
  it('are not marked on Kết quả', async () => {
    const text = await office.pageText();
    expect(text).toContain('23');
    expect(text).not.toContain('trước ngày diễn ra');
  });

  it('nor named in the report PDF', async () => {
    const text = await office.reportText();
    expect(text).toContain('Tổ dân phố số 1');
    expect(text).not.toContain('trước ngày diễn ra');
  });
});

describe('the leader’s page of a sign-up', () => {
  const held = closedAfterAll();
  const leaderPage = async (yaml: string, today: string) =>
    leaderPageOn(
      await wardOf(yaml, await readFile(fixture('groups.csv'), 'utf8')),
      '1',
      today,
      held,
    );

  it('does not tell the leader that sign-ups sent on time are early', async () => {
    const text = await leaderPage(await campaignText(), '2027-05-10');
    expect(text).toContain('Hạn đăng ký: 20/5/2027');
    expect(text).not.toContain('trước ngày diễn ra');
    expect(text).not.toContain('Ngày diễn ra: 07/06/2027');
  });

  // review57b #9: a deadline after the class's first day is no "Hạn đăng ký" the body names, but
  // the figures are still the children signed up ("Số trẻ đăng ký học bơi"), sent on 05/6.
  it('does not mark sign-ups early when its deadline falls after the first day', async () => {
    const yaml = (await campaignText()).replace('deadline: 20/5/2027', 'deadline: 15/6/2027');
    const text = await leaderPage(yaml, '2027-06-05');
    expect(text).not.toContain('trước ngày diễn ra');
    expect(text).not.toContain('Ngày diễn ra: 07/06/2027');
  });

  it('of children who attend, not sign up, tells the class’s day as before', async () => {
    const yaml = (await campaignText())
      .replace('deadline: 20/5/2027', "deadline: ''")
      .replace('label: Số trẻ đăng ký học bơi', 'label: Số trẻ đã học bơi');
    const text = await leaderPage(yaml, '2027-05-10');
    expect(text).toContain('Ngày diễn ra: 07/06/2027.');
  });
});
