/**
 * Test support for a studio campaign's files as the office handles them: a file sent from a
 * page's own form, the campaign folder's ZIP, a copy made on the new-campaign form, and the
 * xã An Thắng's campaign (qa22) with its thôn list uploaded.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import { PCCC_CAMPAIGN, PCCC_GROUPS } from '../support/qa22-pccc.js';
import { type Client, studioWithCampaign, type TestStudio } from './studio.js';

/** `name` sent in the "file" field of the form on `page` (its token from that page). */
export function sendFile(c: Client, page: string, name: string, bytes: Uint8Array) {
  return c.upload(page, 'file', name, bytes, {}, page);
}

/** The campaign folder's ZIP as the office downloads it: its entries by name. */
export async function folderZip(c: Client, slug: string) {
  const zip = await c.get(`/c/${slug}/campaign.zip`);
  expect(zip.status).toBe(200);
  return unzipSync(zip.bytes);
}

/** A copy of campaign `from` made on the new-campaign form: its folder name. */
export async function copyOf(s: TestStudio, c: Client, from: string, name: string) {
  const made = await c.upload('/new', 'docx', '', new Uint8Array(), { name, from });
  expect(made.status).toBe(303);
  return new URL(made.headers.get('location') ?? '', s.url).pathname.split('/')[2] ?? '';
}

/** A studio holding the xã's campaign as `slug`, its thôn list (thon.csv) uploaded and kept. */
export async function pcccStudio(slug: string) {
  const studio = await studioWithCampaign(slug, [PCCC_CAMPAIGN]);
  const groupsPage = `/c/${slug}/groups`;
  const up = await sendFile(studio.c, groupsPage, 'thon.csv', await readFile(PCCC_GROUPS));
  expect(up.status).toBe(303);
  return studio;
}
