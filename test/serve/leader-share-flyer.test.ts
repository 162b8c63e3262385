/**
 * The flyer as a phone picture (kind "share-flyer", qa48 M3): a campaign without an app (the fire
 * drill) had no picture to forward but the flyer's print sheet, two A5 copies side by side. Its
 * leader page now offers one flyer, portrait, 1080 px wide, with the step to send it to the
 * group's Zalo chat; a flyer's QR code (the training's sign-up form) still decodes after the
 * picture is shrunk to 720 px and saved as JPEG at quality 60, as Zalo does. A real server on
 * loopback; the campaigns are the QA rounds' fixtures.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/kinds/labels.js';
import { findKind, KINDS } from '../../src/kinds/registry.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { loadWard } from '../../src/serve/ward.js';
import { decodeQrCodes } from '../support/qr.js';
import { renderFor } from '../support/render.js';
import { makeTempDir } from '../support/tmp.js';
import { closedAfterAll, startServer, type TestServer, tokenOf } from './server.js';

/** A card's words as read: its tags gone, its spaces one. */
const seen = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

const QA40 = (name: string) => fileURLToPath(new URL(`../fixtures/qa40/${name}`, import.meta.url));

const opened = closedAfterAll();
let fireDrill: TestServer;
beforeAll(async () => {
  const ward = await loadWard({ campaign: QA40('d-pccc.yaml'), groups: QA40('groups.csv') });
  fireDrill = await startServer({ ward });
  opened.servers.push(fireDrill);
}, 120_000);

describe('the flyer picture to forward in Zalo', () => {
  it('is offered on the leader page of a campaign without an app: one A5 flyer, portrait, 1080 px wide', async () => {
    const page = `${fireDrill.url}/g/${tokenOf('6')}/`;
    const html = await (await fetch(page)).text();
    // No app: the poster's share image (qa50 p9) and the flyer's picture. One picture goes to
    // the group's chat, the flyer's; the poster's is for posts, and the page says which is which
    // (left11a #4: two steps sent both to the chat, each card said "Zalo").
    expect(html).toContain('share.png');
    const steps = /<ol class="steps">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    expect(steps).toContain(
      '<li>Gửi ảnh tờ rơi vào nhóm Zalo của tổ, sau tin nhắn: nhóm chỉ cần ảnh này; ảnh áp phích là để đăng lên Facebook hoặc Nhật ký Zalo.</li>',
    );
    expect(steps).not.toMatch(/Gửi ảnh (chia sẻ|áp phích)/);
    const card = (title: string) =>
      seen(html.split('<li class="doc">').find((d) => d.includes(`<h3>${title}</h3>`)) ?? '');
    expect(card('Ảnh áp phích')).toContain(
      'Áp phích dạng ảnh, ít chữ, chữ to: để đăng lên Facebook hoặc Nhật ký Zalo',
    );
    expect(card('Ảnh áp phích')).toContain(
      'nhấn giữ vào ảnh để lưu và đăng lên Facebook hoặc Nhật ký Zalo.',
    );
    expect(card('Ảnh áp phích')).not.toContain('nhóm Zalo');
    expect(card('Ảnh tờ rơi')).toContain('để gửi vào nhóm Zalo của tổ');
    expect(card('Ảnh tờ rơi')).toContain('nhấn giữ vào ảnh để lưu và gửi vào nhóm Zalo.');
    const href = /href="([^"]*share-flyer\.png)"/.exec(html)?.[1];
    expect(href, html).toBeDefined();
    const res = await fetch(new URL(href ?? '', page));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(new Uint8Array(await res.arrayBuffer())).metadata();
    // One A5 flyer (148.5 × 210 mm), not the A4 sheet of two (297 × 210 mm, landscape).
    expect(meta.width).toBe(1080);
    expect(meta.height).toBe(Math.round((1080 * 210) / 148.5));
  }, 120_000);

  it('without the flyer’s picture, sends the poster’s to the chat, its card saying so too (review s54 #10)', async () => {
    const kinds = KINDS.filter((k) => k.name !== 'share-flyer');
    const ward = await loadWard({
      campaign: QA40('d-pccc.yaml'),
      groups: QA40('groups.csv'),
      kinds,
    });
    const server = await startServer({ ward });
    opened.servers.push(server);
    const html = await (await fetch(`${server.url}/g/${tokenOf('6')}/`)).text();
    expect(html).not.toContain('share-flyer.png');
    const steps = /<ol class="steps">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    expect(steps).toContain('<li>Gửi ảnh áp phích vào nhóm Zalo của tổ.</li>');
    const card = seen(
      html.split('<li class="doc">').find((d) => d.includes('<h3>Ảnh áp phích</h3>')) ?? '',
    );
    expect(card).toContain('nhấn giữ vào ảnh để lưu và gửi vào nhóm Zalo.');
    // Its note too: no Facebook post where there is no flyer's picture for the chat.
    expect(card).toContain('Áp phích dạng ảnh, ít chữ, chữ to: để gửi vào nhóm Zalo của tổ');
    expect(card).not.toContain('Facebook');
  }, 120_000);

  it('notes the poster’s picture for the chat when the campaign makes no flyer (links alone)', async () => {
    const ward = await loadWard({ campaign: QA40('d-pccc.yaml'), groups: QA40('groups.csv') });
    const ctx = ward.contextOf('6');
    const share = findKind('share');
    expect(share).toBeDefined();
    const note = (c: typeof ctx) =>
      labelsFor(c, ward.templateDir).note({ kind: share as NonNullable<typeof share> });
    expect(note(ctx)).toContain('để đăng lên Facebook hoặc Nhật ký Zalo');
    // No action, time, place or deadline: no flyer, so no flyer's picture for the chat.
    const linksAlone = { ...ctx, actions: [], when: '', where: '', deadline: '' };
    expect(note(linksAlone)).toBe('Áp phích dạng ảnh, ít chữ, chữ to: để gửi vào nhóm Zalo của tổ');
  }, 120_000);

  it('keeps the flyer’s QR code readable once Zalo shrinks it to 720 px, JPEG quality 60', async () => {
    const file = QA40('c-tap-huan.yaml');
    const { campaign } = await loadCampaign(file);
    const [group] = (await loadGroups(QA40('groups-chitieu.csv'))) as Group[];
    const kind = findKind('share-flyer');
    expect(kind).toBeDefined();
    const png = await renderFor(kind as NonNullable<typeof kind>, campaign, group as Group);
    const dir = await makeTempDir('phuong-print-share-flyer-');
    const jpeg = await sharp(png.bytes).resize({ width: 720 }).jpeg({ quality: 60 }).toBuffer();
    // zbarimg reads PNG: the JPEG's pixels, as Zalo would show them.
    const shrunk = join(dir, 'zalo-720.png');
    await writeFile(shrunk, await sharp(jpeg).png().toBuffer());
    const form = /url: "(https:\/\/docs\.google\.com\/forms\/[^"]+)"/.exec(
      await readFile(file, 'utf8'),
    )?.[1];
    expect(await decodeQrCodes(shrunk)).toEqual([form]);
  }, 120_000);
});
