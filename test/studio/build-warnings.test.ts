/**
 * A campaign made from the skeleton still holds its placeholders ("(TÊN)", "(Họ và tên người
 * ký)") until the office fills them; the build prints them as they are on every group's copy.
 * The Nội dung page warns of them, but the office prints from the build tab: it must say so
 * there too, before "Tạo tệp in" (qa4 F13: a skeleton printed with "Đã tạo tệp in" and no word).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, signedInStudio, studioWithExample, type TestStudio } from './studio.js';

const literal = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let s: TestStudio;
let c: Client;
beforeAll(async () => {
  ({ s, c } = await signedInStudio());
});
afterAll(async () => {
  await s.close();
  await removeTempDirs();
});

it("warns on the build tab of the skeleton's placeholders still in the campaign, and names their fields", async () => {
  const made = await c.upload('/new', 'docx', '', new Uint8Array(), {
    name: 'Thử in mẫu trống',
    from: '',
  });
  expect(made.status).toBe(303);
  const slug = (made.headers.get('location') ?? '').replace('/c/', '');
  const yaml = await readFile(join(s.dataDir, 'campaigns', slug, 'campaign.yaml'), 'utf8');
  // The skeleton's own placeholders, as the saved file holds them.
  const placeholders = [...new Set(yaml.match(/\([^()\n]*(?:TÊN|Họ và tên)[^()\n]*\)/g) ?? [])];
  expect(placeholders.length).toBeGreaterThan(0);

  const page = (await c.get(`/c/${slug}/build`)).text;
  const before = page.slice(0, page.indexOf('Tạo tệp in</button>'));
  expect(before).toContain('Trước khi in, xem lại');
  expect(before).toContain(`href="/c/${slug}"`);
  // Each named with the form's field that holds it ("Mục “Tên cơ quan ban hành”: …").
  for (const p of placeholders)
    expect(before).toMatch(new RegExp(`Mục “[^”<]+”: [^<]*“${literal(p)}”`));
  // Said as what happens: nothing prints until they are filled in (qa16: "sẽ in nguyên như vậy",
  // though "Tạo tệp in" refuses them).
  expect(before).toContain('chưa tạo được tệp in nào cho đến khi điền');
  expect(before).not.toContain('sẽ in nguyên như vậy');
});

it('warns on the build tab of a cell the notice prints, empty for some groups, naming the column and rows (qa5 G7)', async () => {
  const { s: example, c: office, folder } = await studioWithExample({}, 'tap-huan');
  try {
    const file = join(folder, 'campaign.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(
      file,
      `${yaml.replace('  body: |\n', '  body: |\n    Lớp học tổ chức tại **{{group.venue}}**.\n\n')}\ntitle: "Tập huấn tại {{group.venue}}"\n`,
      'utf8',
    );
    const groups = (await readFile(join(folder, 'groups.csv'), 'utf8')).split('\n');
    // Row 3 of the file (Tổ dân phố số 2) loses its cultural house's address.
    groups[2] = (groups[2] ?? '').replace(/;Nhà văn hóa[^;]*;/, ';;');
    await writeFile(join(folder, 'groups.csv'), groups.join('\n'), 'utf8');

    const page = (await office.get('/c/tap-huan/build')).text;
    const before = page.slice(0, page.indexOf('Tạo tệp in</button>'));
    expect(before).toContain('href="/c/tap-huan/groups"');
    expect(before).toMatch(/Cột “Địa chỉ nhà văn hóa” để trống ở 1 dòng \(3: Tổ dân phố số 2\)/);
    // The title's {{…}} prints as typed (qa5 G4): said with the content's warnings.
    expect(before).toMatch(/Mục “[^”<]+”: [^<]*[Ii]n nguyên văn như đã gõ/);
  } finally {
    await example.close();
  }
});
