/**
 * Test support: the office's steps in the studio, as the qa6 tests take them — a campaign from
 * the blank skeleton, the example's groups uploaded, "Tạo tệp in" and its end.
 */
import { expect } from 'vitest';
import { pdfPageTexts } from '../support/pdf-text.js';
import { pressPrintAll } from './print-all.js';
import { leaderLinks } from './results-figures.js';
import { Client, exampleGroupsCsv } from './studio.js';

/** Page text without its tags and with single spaces. */
export const pageText = (page: string) => page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** A campaign made on "Chiến dịch mới" from the blank skeleton: its slug. */
export async function blankCampaign(c: Client, name: string): Promise<string> {
  const res = await c.upload('/new', 'docx', '', new Uint8Array(), { name, from: '' });
  expect(res.status).toBe(303);
  return (res.headers.get('location') ?? '').replace(/^\/c\//, '').replace(/\?.*$/, '');
}

/** A copy made on "Chiến dịch mới › Bắt đầu từ › Bản sao của" campaign `from`: its slug. */
export async function copiedCampaign(c: Client, from: string, name: string): Promise<string> {
  const res = await c.upload('/new', 'docx', '', new Uint8Array(), { name, from });
  expect(res.status).toBe(303);
  return new URL(res.headers.get('location') ?? '', c.base).pathname.split('/')[2] ?? '';
}

/**
 * The example's 32 groups uploaded as the campaign's list, or its first `count`: a case whose
 * build is not about the ward's size prints a few groups (every kind of 32 groups is ~250
 * documents to draw).
 */
export async function uploadExampleGroups(c: Client, slug: string, count?: number): Promise<void> {
  const groupsPage = `/c/${slug}/groups`;
  const csv = await exampleGroupsCsv(count);
  const up = await c.upload(groupsPage, 'file', 'groups.csv', csv, {}, groupsPage);
  expect(up.status).toBe(303);
}

/** "Tạo tệp in" clicked and the build waited for until it is `state`. */
export async function buildUntil(c: Client, slug: string, state: 'done' | 'failed') {
  const res = await pressPrintAll(c, slug);
  await expect
    .poll(async () => JSON.parse((await c.get(`/c/${slug}/build/status`)).text).state, {
      timeout: 180_000,
      interval: 100,
    })
    .toBe(state);
  return res;
}

/** A residents list uploaded on the campaign's residents page, previewed and saved ("Lưu"). */
export async function saveRoster(c: Client, slug: string, name: string, bytes: Uint8Array) {
  const page = `/c/${slug}/rosters`;
  const preview = await c.upload(page, 'file', name, bytes, {}, page);
  expect(preview.status).toBe(200);
  const pending = /name="pending" value="([^"]+)"/.exec(preview.text)?.[1] ?? '';
  const saved = await c.post(`${page}/save`, { pending, name }, page);
  expect(saved.status).toBe(303);
  return { preview, saved };
}

/**
 * The leaders' pages of `slug` opened, and a reader of the tracking sheet's text as the leader of
 * the group named `group` gets it from their own page (a leader's own browser).
 */
export async function leaderTrackerOf(
  c: Client,
  base: string,
  slug: string,
  group: string,
): Promise<() => Promise<string>> {
  const link = (await leaderLinks(c, slug)).get(group);
  expect(link, `no leader link for ${group}`).toBeDefined();
  const leader = new Client(base);
  return async () => {
    const own = (await leader.get(link ?? '')).text;
    const href = /href="([^"]+tracker\.pdf)"/.exec(own)?.[1] ?? '';
    const pdf = await leader.get(href);
    expect(pdf.status).toBe(200);
    return (await pdfPageTexts(pdf.bytes)).join('\n');
  };
}

/** The build tab's download links: the name each file is saved under, by its address. */
export async function buildLinks(c: Client, slug: string): Promise<Map<string, string>> {
  const page = (await c.get(`/c/${slug}/build`)).text;
  return new Map(
    [...page.matchAll(/<a (?:class="[^"]*" )?href="([^"]+)" data-file-name="([^"]+)"/g)].map(
      (m) => [m[2] ?? '', (m[1] ?? '').replaceAll('&amp;', '&')],
    ),
  );
}
