/**
 * qa40 M3's election notice in the studio: when, where, bring and hotlines and no actions. Its
 * flyer is made from those fields, so the studio's "Chỉ in thông báo" note no longer fits and was
 * no longer shown — and nothing took its place, while `check` says "chỉ làm thông báo, tờ rơi: …
 * (không làm …)". A field no paper prints (an own flyer template without the time and place
 * lines) was said by build and check only. The campaign page and the build tab now say both, as
 * `check` says them. Inputs: test/fixtures/qa40 (the campaign and its 20-tổ list), in a studio's
 * campaign folder, with the flyer template of the folder's own.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import {
  EVENT_SECTION,
  POSTER_EVENT_AND_HOTLINES,
  TOOL_TEMPLATES,
  templateWithout,
} from '../support/own-templates.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithCampaign, type TestStudio } from './studio.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/qa40/', import.meta.url));

/** check's warning lines of `file`, in Vietnamese, without the "cảnh báo: <file>: " start. */
async function checkSays(folder: string): Promise<string[]> {
  const file = join(folder, 'campaign.yaml');
  const r = await checkVi(file, join(folder, 'groups.csv'));
  expect(r.code, r.stderr).toBe(0);
  return r.stderr
    .split('\n')
    .filter((l) => l.startsWith(`cảnh báo: ${file}`))
    .map((l) => l.replace(/^cảnh báo: [^:]*: /, ''));
}

describe('an election notice with a flyer and no actions, in the studio', () => {
  let s: TestStudio;
  let c: Client;
  let folder: string;
  beforeAll(async () => {
    const dir = await makeTempDir('phuong-print-election-studio-');
    await cp(join(FIXTURES, 'bau-cu.yaml'), join(dir, 'campaign.yaml'));
    await cp(join(FIXTURES, 'groups20.csv'), join(dir, 'groups.csv'));
    ({ s, c, folder } = await studioWithCampaign('bau-cu', [
      join(dir, 'campaign.yaml'),
      join(dir, 'groups.csv'),
    ]));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('says which papers are made as check says it, and what to fill in for the others', async () => {
    const [made] = (await checkSays(folder)).filter((l) => l.startsWith('chỉ làm thông báo'));
    // A poster too, of the time and place (qa50 p9).
    expect(made).toContain('chỉ làm thông báo, áp phích, ảnh áp phích, tờ rơi');
    const said = `${made?.charAt(0).toUpperCase()}${made?.slice(1)}.`;
    const fill =
      'Muốn có phiếu kiểm tra, bảng theo dõi thì điền mục “Việc người dân cần làm” (phần Áp phích, tờ rơi, bảng theo dõi).';
    for (const page of ['/c/bau-cu', '/c/bau-cu/build']) {
      const text = plainText((await c.get(page)).text);
      expect(text, page).toContain(said);
      expect(text, page).toContain(fill);
      expect(text, page).not.toContain('Chỉ in thông báo:');
    }
  });

  it('lists a field no paper prints, as check does: flyer and poster templates of its own without the time and place', async () => {
    await mkdir(join(folder, 'templates'), { recursive: true });
    await writeFile(
      join(folder, 'templates', 'flyer.hbs'),
      await templateWithout(join(TOOL_TEMPLATES, 'flyer.hbs'), EVENT_SECTION),
    );
    await writeFile(
      join(folder, 'templates', 'poster.hbs'),
      await templateWithout(join(TOOL_TEMPLATES, 'poster.hbs'), POSTER_EVENT_AND_HOTLINES),
    );
    const checked = await checkSays(folder);
    const text = plainText((await c.get('/c/bau-cu')).text);
    for (const [field, label] of [
      ['when', 'Thời gian'],
      ['where', 'Địa điểm'],
    ]) {
      const line = checked.find((l) => l.startsWith(`mục “${field}” có nội dung`));
      expect(line, checked.join('\n')).toBeDefined();
      // Beside the form, the field is named by its label; the rest as check says it.
      const rest = line?.replace(/^mục “\w+” có nội dung nhưng /, '') ?? '?';
      expect(text).toContain(
        `Mục “${label}”: Có nội dung nhưng ${rest.replace('in mục đó', 'in mục này')}`,
      );
    }
  });
});
