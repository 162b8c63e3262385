/**
 * qa59 p2 and the typed word's warning (qa59 M4) on the studio's Nội dung tab. A commune (xã An
 * Lão) whose list is of thôn: the field help kept a ward's examples ("tin nhắn Zalo của tổ
 * trưởng", "Công an phường", "Ủy ban nhân dân phường Lê Chân") under tabs that said "thôn". A
 * typed "thôn" over a list of thôn and khu dân cư is said at the field, named as the form names
 * it. A ward of tổ dân phố reads the help as before. Real sockets; the page's visible text.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const slug = 'hai-phong';
const THON = ['Thôn Đông', 'Thôn Tây', 'Thôn Chợ', 'Thôn Trung'];
const KDC = ['Khu dân cư Đồng Hòa', 'Khu dân cư Bến Xe'];
const groupsCsv = (names: readonly string[]) =>
  [
    'STT;Tên thôn;Trưởng thôn;Số hộ',
    ...names.map((n, i) => `${i + 1};${n};Nguyễn Văn ${i + 1};${150 + i}`),
  ].join('\n');

/** The example campaign (phường Lê Chân) made the commune's, with `typed` as its group word. */
async function asCommune(folder: string, typed = ''): Promise<void> {
  const file = join(folder, 'campaign.yaml');
  const text = (await readFile(file, 'utf8'))
    .replace('- PHƯỜNG LÊ CHÂN', '- XÃ AN LÃO')
    .replace('ward: phường Lê Chân', `ward: xã An Lão${typed ? `\n  group_term: ${typed}` : ''}`);
  await writeFile(file, text);
}

/** For a describe block: a studio of the example whose list is `names`, made a commune's with `typed`. */
function communeStudio(names?: readonly string[], typed = '') {
  const at = {} as { office: Client };
  let s: TestStudio | undefined;
  beforeAll(async () => {
    const started = names
      ? await studioWithExample({ groups: groupsCsv(names) })
      : await studioWithExample({}, slug, undefined, { groups: 3 });
    s = started.s;
    at.office = started.c;
    if (names) await asCommune(started.folder, typed);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });
  return at;
}

/** The page with its field help as the office reads it (folded help included). */
const pageOf = async (c: Client) => visible((await c.get(`/c/${slug}`)).text);

describe('a commune’s thôn list: the Nội dung help in the commune’s words', () => {
  const at = communeStudio(THON);

  it('says thôn, trưởng thôn and xã in the help and examples, never tổ trưởng or phường', async () => {
    const page = await pageOf(at.office);
    expect(page).toContain('Danh sách thôn');
    expect(page).toContain('Tên gọi các tổ, thôn trong đơn vị');
    expect(page).toContain('Để trống thì lấy theo tên các thôn trong danh sách');
    expect(page).toContain('một nội dung chung cho mọi thôn');
    expect(page).toContain('không thôn nào bị ghi là gửi muộn');
    expect(page).toContain('tin nhắn Zalo của trưởng thôn');
    expect(page).toContain('Ban Chỉ huy PCTT xã: 0236 3 111 222 ↵ Công an xã: 0236 3 888 999');
    expect(page).toContain('Ví dụ: Ủy ban nhân dân xã An Lão');
    expect(page).toContain('Thường trực Đảng ủy xã;');
    // The help only: the example campaign's own text (its body, its Kính gửi) says phường.
    const help = [
      ...(await at.office.get(`/c/${slug}`)).text.matchAll(/class="help"[^>]*>([^<]*)</g),
    ]
      .map((m) => m[1])
      .join('\n');
    expect(help).not.toContain('tổ trưởng');
    expect(help).not.toMatch(/(PCTT|Công an|Đảng ủy|nhân dân) phường/);
  });
});

describe('a typed “thôn” over a list of thôn and khu dân cư, in the form', () => {
  const at = communeStudio([...THON, ...KDC], 'thôn');

  it('warns at the field, named as the form names it, which groups it leaves out and what to do', async () => {
    const raw = (await at.office.get(`/c/${slug}`)).text;
    const atField =
      /<p class="field-warning" id="f-issuer-group_term-warning">([\s\S]*?)<\/p>/.exec(raw)?.[1];
    expect(atField).toBeDefined();
    const said = visible(atField ?? '');
    expect(said).toContain('“thôn” được ghi làm tên gọi chung');
    expect(said).toContain(
      '2 nhóm trong danh sách không phải thôn (Khu dân cư Đồng Hòa, Khu dân cư Bến Xe)',
    );
    expect(said).toContain(
      'Xoá chữ trong ô này rồi bấm Lưu thì những chỗ đó ghi “các thôn, khu dân cư”',
    );
    expect(said).not.toMatch(/issuer|group_term|campaign\.yaml/);
    // Read with the field by a screen reader, as its help is.
    expect(raw).toMatch(
      /<input id="f-issuer-group_term"[^>]*aria-describedby="[^"]*f-issuer-group_term-warning/,
    );
    // Above the form too, with the field's name as its label says it.
    expect(visible(raw)).toContain(
      'Mục “Tên gọi các tổ, thôn trong đơn vị”, “thôn” được ghi làm tên gọi chung',
    );
  });
});

describe('a ward of tổ dân phố: the help as before', () => {
  const at = communeStudio();

  it('keeps tổ, tổ trưởng and phường, and warns of no typed word', async () => {
    const page = await pageOf(at.office);
    expect(page).toContain('một nội dung chung cho mọi tổ.');
    expect(page).toContain('tin nhắn Zalo của tổ trưởng');
    expect(page).toContain(
      'Ban Chỉ huy PCTT phường: 0236 3 111 222 ↵ Công an phường: 0236 3 888 999',
    );
    expect(page).toContain('Ví dụ: Ủy ban nhân dân phường Lê Chân');
    expect(page).toContain('Thường trực Đảng ủy phường;');
    expect(page).not.toContain('field-warning');
  });
});
