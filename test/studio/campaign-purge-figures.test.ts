/**
 * "Xoá hẳn" of a deleted campaign removed its folder but left its groups' reported figures in the
 * studio's store, unreachable (every submission, its figures, a leader's confirmation). Now they
 * go in the same step, and only that campaign's: a copy's figures stay. When the folder cannot be
 * removed nothing is: the page says so, the campaign stays under "Đã xoá" with its figures, and
 * "Xoá hẳn" works once the fault is gone. Real studio on loopback, the store file opened as it
 * lies on disk; which rows are whose is read from the store after each campaign's reports.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../../src/store/open-store.js';
import { removeTempDirs } from '../support/tmp.js';
import { copyOf } from './campaign-files.js';
import { APP, GROUPS, JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';

/** The store file as it lies in the data folder: each campaign's submissions and figures. */
function rowsOnDisk(dataDir: string) {
  const db = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
  try {
    const submissions = db
      .prepare('select campaign, count(*) as n from result_submissions group by campaign')
      .all() as { campaign: string; n: number }[];
    const values = db
      .prepare(
        `select s.campaign as campaign, count(*) as n from result_values v
         left join result_submissions s on s.seq = v.submission group by s.campaign`,
      )
      .all() as { campaign: string | null; n: number }[];
    return {
      submissions: Object.fromEntries(submissions.map((r) => [r.campaign, r.n])),
      values: Object.fromEntries(values.map((r) => [String(r.campaign), r.n])),
    };
  } finally {
    db.close();
  }
}

describe('a deleted campaign removed for good takes its figures from the store', () => {
  let s: TestStudio;
  let office: Client;
  let copy: string;
  /** The store's campaign keys: the example's, and its copy's. */
  let mine: string;
  let theirs: string;
  let theirRows: ReturnType<typeof rowsOnDisk>;
  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: GROUPS }));
    const leader = new Client(s.url);
    const links = await leaderLinks(office, SLUG);
    await report(leader, links.get('Tổ dân phố số 1') ?? '', { [JOINED]: '12', [APP]: '3' });
    // A figure above the group's households, confirmed by the leader.
    await report(leader, links.get('Tổ dân phố số 2') ?? '', { [APP]: '950' }, true);
    await report(leader, links.get('Tổ dân phố số 1') ?? '', { [JOINED]: '15' });
    const before = rowsOnDisk(s.dataDir);
    expect(Object.keys(before.submissions)).toHaveLength(1);
    mine = Object.keys(before.submissions)[0] ?? '';

    copy = await copyOf(s, office, SLUG, 'Bản sao Hải Phòng');
    await writeFile(join(s.dataDir, 'campaigns', copy, 'groups.csv'), GROUPS);
    const theirLinks = await leaderLinks(office, copy);
    await report(leader, theirLinks.get('Tổ dân phố số 3') ?? '', { [JOINED]: '40' });
    const both = rowsOnDisk(s.dataDir);
    theirs = Object.keys(both.submissions).find((k) => k !== mine) ?? '';
    expect(theirs).not.toBe('');
    theirRows = { submissions: { [theirs]: 1 }, values: { [theirs]: 1 } };
    expect(both.submissions[mine]).toBe(3);
    expect(both.values[mine]).toBe(4);

    expect((await office.post(`/c/${SLUG}/delete`, {}, `/c/${SLUG}/delete`)).status).toBe(303);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('deleting keeps the figures for restoring', () => {
    expect(rowsOnDisk(s.dataDir).submissions[mine]).toBe(3);
  });

  it('when the folder cannot be removed, the page says so and nothing is removed', async () => {
    // The place the studio moves a folder to on its way out is taken by a file.
    const blocker = join(s.dataDir, 'purging');
    await writeFile(blocker, 'không phải thư mục');
    const r = await office.post(`/deleted/${SLUG}/purge`, {}, `/deleted/${SLUG}/purge`);
    expect(r.status).toBe(500);
    const said = visible(r.text);
    expect(said).toContain('Chưa xoá hẳn được');
    expect(said).toContain('Không có gì bị xoá');
    expect(said).toContain('vẫn khôi phục được');
    expect(existsSync(join(s.dataDir, 'deleted', SLUG, SLUG, 'campaign.yaml'))).toBe(true);
    expect(rowsOnDisk(s.dataDir).submissions[mine]).toBe(3);
    expect(rowsOnDisk(s.dataDir).values[mine]).toBe(4);
    const list = await office.get('/');
    expect(list.text).toContain(`action="/deleted/${SLUG}/restore"`);
    await rm(blocker);
  });

  it('when the store cannot delete the rows, the page names the store, not the folder', async () => {
    // Another writer holds the store (SQLITE_BUSY once the studio's wait is over).
    const other = new Database(join(s.dataDir, SQLITE_FILE_NAME));
    other.exec('BEGIN EXCLUSIVE');
    let said: string;
    try {
      const r = await office.post(`/deleted/${SLUG}/purge`, {}, `/deleted/${SLUG}/purge`);
      expect(r.status).toBe(500);
      said = visible(r.text);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(said).toContain('kho dữ liệu của studio không xoá được số liệu của chiến dịch');
    expect(said).not.toContain('thư mục của chiến dịch');
    expect(said).toContain('Không có gì bị xoá');
    expect(existsSync(join(s.dataDir, 'deleted', SLUG, SLUG, 'campaign.yaml'))).toBe(true);
    expect(rowsOnDisk(s.dataDir).submissions[mine]).toBe(3);
  }, 30_000);

  it('"Xoá hẳn" removes the campaign’s rows with its folder; the copy’s stay', async () => {
    const r = await office.post(`/deleted/${SLUG}/purge`, {}, `/deleted/${SLUG}/purge`);
    expect(r.status).toBe(303);
    expect(existsSync(join(s.dataDir, 'deleted', SLUG))).toBe(false);
    expect(rowsOnDisk(s.dataDir)).toEqual(theirRows);
    // The copy's figures still read on its results tab.
    expect(visible((await office.get(`/c/${copy}/results`)).text)).toContain('Đã báo cáo: 1/4');
  });

  it('a leader’s link of a campaign deleted over 30 days ago removes nothing; the office’s list does', async () => {
    const url = (await leaderLinks(office, copy)).get('Tổ dân phố số 3') ?? '';
    expect((await office.post(`/c/${copy}/delete`, {}, `/c/${copy}/delete`)).status).toBe(303);
    // Deleted 31 days ago.
    const record = join(s.dataDir, 'deleted', copy, 'deleted.json');
    const r = JSON.parse(await readFile(record, 'utf8'));
    r.deletedAt = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000).toISOString();
    await writeFile(record, JSON.stringify(r));
    // No session: a request from outside the office.
    const answer = await new Client(s.url).get(url);
    expect(answer.status).toBe(410);
    expect(visible(answer.text)).toContain('Chiến dịch đã được gỡ');
    expect(existsSync(join(s.dataDir, 'deleted', copy, copy, 'campaign.yaml'))).toBe(true);
    expect(rowsOnDisk(s.dataDir)).toEqual(theirRows);
    // The office's list removes it, with its figures.
    expect(visible((await office.get('/')).text)).not.toContain('Bản sao Hải Phòng');
    expect(existsSync(join(s.dataDir, 'deleted', copy))).toBe(false);
    expect(rowsOnDisk(s.dataDir)).toEqual({ submissions: {}, values: {} });
  });
});
