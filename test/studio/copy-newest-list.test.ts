/**
 * A copy and the ward's newest groups list (qa47 M1): a campaign copied from an older one took
 * that campaign's list although a newer one (a tổ added, a leader replaced) had been uploaded in
 * another campaign since, and no page said which list it held. The new-campaign page offers the
 * newest list (ticked), the copy's groups page says where its list came from and, when another
 * campaign has a newer one, takes it in one click.
 */
import { readFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { wardDay } from '../../src/ward-time.js';
import { removeTempDirs } from '../support/tmp.js';
import {
  type Client,
  exampleGroupsCsv,
  plainText,
  studioWithExample,
  type TestStudio,
} from './studio.js';

const NEWER = 'Tiêm chủng sởi 2027';
/** The newer list's upload day as the office's calendar says it (the test uploads it today). */
const today = () => wardDay().split('-').reverse().join('/');

describe('a copy and the newest groups list', () => {
  let s: TestStudio;
  let c: Client;
  const copy = async (name: string, fields: Record<string, string> = {}) => {
    const made = await c.upload(
      '/new',
      'docx',
      '',
      new Uint8Array(),
      { name, from: 'sxh-2026', ...fields },
      '/new',
    );
    expect(made.status, made.text).toBe(303);
    return (made.headers.get('location') ?? '').split('?')[0] ?? '';
  };
  beforeAll(async () => {
    // The older campaign: 3 tổ; a later one, copied from it, given a 4-tổ list.
    ({ s, c } = await studioWithExample({}, 'sxh-2026', undefined, { groups: 3 }));
    const later = await copy(NEWER);
    const up = await c.upload(
      `${later}/groups`,
      'file',
      'to-dan-pho-2027.csv',
      await exampleGroupsCsv(4),
      {},
      `${later}/groups`,
    );
    expect(up.status, up.text).toBe(303);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('offers the newest list on the new-campaign page, ticked', async () => {
    const text = plainText((await c.get('/new')).text);
    expect(text).toContain(
      `Dùng danh sách tổ mới nhất (“${NEWER}”, tải lên ${today()}) cho bản sao`,
    );
    expect((await c.get('/new')).text).toMatch(/name="newestGroups" value="1" checked/);
  });

  it('a refused form comes back with the box as the office left it', async () => {
    // No name: refused. The box was unticked, and stays so (it came back ticked: final-read47).
    const refused = await c.upload(
      '/new',
      'docx',
      '',
      new Uint8Array(),
      { name: '', from: 'sxh-2026' },
      '/new',
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(/name="newestGroups" value="1" aria-describedby/);
    const ticked = await c.upload(
      '/new',
      'docx',
      '',
      new Uint8Array(),
      { name: '', from: 'sxh-2026', newestGroups: '1' },
      '/new',
    );
    expect(ticked.text).toMatch(/name="newestGroups" value="1" checked/);
  });

  it('a copy made with it holds the newest list, and says where it came from', async () => {
    const page = plainText(
      (await c.get(`${await copy('PCCC từ bản cũ', { newestGroups: '1' })}/groups`)).text,
    );
    expect(page).toContain('4 tổ đọc được');
    expect(page).toContain(`Danh sách tổ này chép từ chiến dịch “${NEWER}” (tải lên ${today()}).`);
    expect(page).not.toContain('Dùng danh sách tổ mới nhất');
  });

  it('a copy made without it says its list is the old one, and takes the newest in one click', async () => {
    const at = await copy('PCCC Tết 2027');
    const before = await c.get(`${at}/groups`);
    const text = plainText(before.text);
    expect(text).toContain('3 tổ đọc được');
    // Its list is the example's, put in place by hand: no upload dates it (final-read47).
    expect(text).toContain(
      'có danh sách tổ khác danh sách đang dùng (không rõ ngày tải lên, nên không biết danh sách nào mới hơn)',
    );
    const sha256 = /name="sha256" value="([0-9a-f]+)"/.exec(before.text)?.[1] ?? '';
    const took = await c.post(`${at}/groups/newest`, { sha256 }, `${at}/groups`);
    expect(took.status, took.text).toBe(303);
    const after = plainText((await c.get(`${at}/groups`)).text);
    expect(after).toContain('4 tổ đọc được');
    expect(after).toContain(`Danh sách tổ này chép từ chiến dịch “${NEWER}” (tải lên ${today()}).`);
    expect(after).not.toContain('Dùng danh sách tổ mới nhất');
  });

  it('a newest list that needs “Vẫn dùng tệp này”: the one click asks it on its own form', async () => {
    // The newest list now has a fifth tổ named as the first (its papers would read alike but for
    // the code): its upload was confirmed, and so must be its taking in one click. Its own number
    // of residents: a row the same in every cell is one tổ typed twice, refused (qa58 M3).
    const four = (await exampleGroupsCsv(4)).toString('utf8');
    const first = four.split(/\r?\n/)[1] ?? '';
    const twin = first.replace(/^1;/, '5;').replace(/;\d+$/, ';900');
    expect(twin).not.toBe(first.replace(/^1;/, '5;'));
    const five = Buffer.from(`${four.replace(/\r?\n$/, '')}\r\n${twin}\r\n`);
    const later = (await c.get('/')).text.match(
      /href="(\/c\/[^"/]+)"[^>]*>[^<]*Tiêm chủng sởi 2027/,
    )?.[1];
    expect(later).toBeDefined();
    const up = await c.upload(
      `${later}/groups`,
      'file',
      'to-dan-pho-2027b.csv',
      five,
      { confirmShift: '1' },
      `${later}/groups`,
    );
    expect(up.status, plainText(up.text)).toBe(303);
    const at = await copy('Bầu cử bổ sung 2027');
    const before = await c.get(`${at}/groups`);
    const sha256 = /name="sha256" value="([0-9a-f]+)"/.exec(before.text)?.[1] ?? '';
    const asked = await c.post(`${at}/groups/newest`, { sha256 }, `${at}/groups`);
    expect(asked.status).toBe(409);
    const said = plainText(asked.text);
    expect(said).toContain('Chưa dùng tệp này.');
    expect(said).toContain(
      'hãy đánh dấu ô “Vẫn dùng tệp này” bên dưới rồi bấm lại “Dùng danh sách tổ mới nhất”',
    );
    expect(said).not.toContain('chọn lại tệp');
    // The box is on the one-click form, not on the upload's.
    const newestForm = /<form[^>]*groups\/newest[\s\S]*?<\/form>/.exec(asked.text)?.[0] ?? '';
    expect(newestForm).toContain('name="confirmShift"');
    const uploadForm = /<form[^>]*action="[^"]*\/groups" enctype[\s\S]*?<\/form>/.exec(
      asked.text,
    )?.[0];
    expect(uploadForm).toBeDefined();
    expect(uploadForm).not.toContain('name="confirmShift"');
    expect(plainText((await c.get(`${at}/groups`)).text)).toContain('3 tổ đọc được');
    // Ticked: taken.
    const took = await c.post(`${at}/groups/newest`, { sha256, confirmShift: '1' }, `${at}/groups`);
    expect(took.status, plainText(took.text)).toBe(303);
    expect(plainText((await c.get(`${at}/groups`)).text)).toContain('5 tổ đọc được');
  });

  it('an ended campaign is not offered the newest list: its papers went by its own', async () => {
    const yaml = await readFile(join(s.dataDir, 'campaigns', 'sxh-2026', 'campaign.yaml'), 'utf8');
    const ends = String((parse(yaml) as { contest: { ends: string } }).contest.ends);
    const page = await c.get('/c/sxh-2026/groups');
    const text = plainText(page.text);
    expect(text).toContain('3 tổ đọc được');
    expect(text).toContain(
      `chiến dịch này đã kết thúc ngày ${ends.split('-').reverse().join('/')} nên vẫn giữ danh sách đã dùng.`,
    );
    expect(text).not.toContain('Dùng danh sách tổ mới nhất');
    expect(plainText((await c.get('/c/sxh-2026/groups')).text)).toContain('3 tổ đọc được');
  });

  it('a list put in place by hand, its file touched later, is not called the newest', async () => {
    // The example's list was copied in by hand (no upload record); its file's time set to
    // tomorrow (a restore, a copy from a USB stick): its day is not known, not "newer".
    const hand = join(s.dataDir, 'campaigns', 'sxh-2026', 'groups.csv');
    const tomorrow = new Date(Date.now() + 86_400_000);
    await utimes(hand, tomorrow, tomorrow);
    const offered = plainText((await c.get('/new')).text);
    expect(offered).toContain(
      `Dùng danh sách tổ mới nhất (“${NEWER}”, tải lên ${today()}) cho bản sao`,
    );
    const at = await copy('Hiến máu 2027', { newestGroups: '1' });
    const page = plainText((await c.get(`${at}/groups`)).text);
    expect(page).toContain('5 tổ đọc được');
    expect(page).not.toContain('Dùng danh sách tổ mới nhất');
  });
});
