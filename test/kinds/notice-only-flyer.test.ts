/**
 * A notice-only campaign with a number to call or a list of things to bring (review42 #2): the
 * fee notice "thu phí vệ sinh môi trường" with no actions and one `hotlines:` line got a flyer for
 * every group holding only its title and that number. `bring` and `hotlines` print on a flyer
 * beside the steps or the time and place (the hotlines on a poster too); alone they make none. The build ("chỉ làm thông báo")
 * and the studio's campaign page ("Chỉ in thông báo: …") say the same.
 */
import { access, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, signedInForTests } from '../studio/studio.js';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/qa40/', import.meta.url));
const GROUPS = join(FIXTURES, 'groups.csv');
const vi = { env: { LANG: 'vi_VN.UTF-8' } };

let dir: string;
/** The qa40 fee notice with no when, where, actions or measures: a notice and its hotline. */
let feeNotice: string;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-notice-only-flyer-');
  const yaml = await readFile(join(FIXTURES, 'e-thu-phi.yaml'), 'utf8');
  feeNotice = yaml
    .replace(/^when: .*\n/m, '')
    .replace(/^where: .*\n/m, '')
    .replace(/^actions:\n(?: {2}.*\n)+/m, '')
    .replace(/^measures:\n(?: {2}.*\n?)+/m, '');
  if (/^(?:when|where|actions|measures):/m.test(feeNotice) || !/^hotlines:/m.test(feeNotice))
    throw new Error('e-thu-phi.yaml no longer has the lines this test takes out');
});
afterAll(removeTempDirs);
const studio = signedInForTests();

async function build(name: string, yaml: string) {
  const campaign = join(dir, `${name}.yaml`);
  await writeFile(campaign, yaml);
  const out = join(dir, name);
  const r = await runCliInProcess(
    ['build', '--campaign', campaign, '--groups', GROUPS, '--group', '7', '--out', out],
    vi,
  );
  const made = await readdir(join(out, 'to-dan-pho-tan-lap')).catch(() => []);
  const flyerAll = await access(join(out, 'print', 'flyer-all.pdf')).then(
    () => true,
    () => false,
  );
  // The same campaign in the studio: its campaign page, as the office reads it.
  const folder = join(studio.s.dataDir, 'campaigns', name);
  await mkdir(folder, { recursive: true });
  await cp(campaign, join(folder, 'campaign.yaml'));
  await cp(GROUPS, join(folder, 'groups.csv'));
  const page = await studio.c.get(`/c/${name}`);
  expect(page.status).toBe(200);
  const studioPage = collapseSpaces(plainText(page.text));
  return { r, made: made.sort(), flyerAll, studioPage, out };
}

/** The studio's note on the campaign page of a campaign that makes its notice alone. */
const NOTICE_ONLY_NOTE = 'Chỉ in thông báo: muốn có tờ rơi';

describe('a notice with hotlines or bring and nothing else for a flyer', () => {
  it('the fee notice with one hotline: the notice only, said so, no flyer for any group', async () => {
    const b = await build('fee-hotline', feeNotice);
    expect(b.r.code).toBe(0);
    expect(b.made).toEqual(['notice.pdf']);
    expect(b.flyerAll).toBe(false);
    expect(b.r.stderr).toContain('chỉ làm thông báo');
    expect(b.r.stderr).not.toContain('chỉ làm thông báo, tờ rơi');
    // The studio's campaign page says the same.
    expect(b.studioPage).toContain(NOTICE_ONLY_NOTE);
  }, 60_000);

  it('the same notice with what to bring instead: the notice only', async () => {
    const yaml = feeNotice.replace(
      /^hotlines:\n(?: {2}.*\n)+/m,
      'bring:\n  - Sổ hộ khẩu hoặc giấy tờ tùy thân\n',
    );
    expect(yaml).toContain('bring:');
    const b = await build('fee-bring', yaml);
    expect(b.r.code).toBe(0);
    expect(b.made).toEqual(['notice.pdf']);
    expect(b.studioPage).toContain(NOTICE_ONLY_NOTE);
  }, 60_000);

  it('with a place to come to: a flyer and a poster, printing the place and the hotline beside it', async () => {
    const where = 'Nhà văn hóa tổ dân phố';
    const b = await build('fee-where', `${feeNotice}where: ${where}\n`);
    expect(b.r.code).toBe(0);
    // The flyer with its picture to forward in Zalo (qa48 M3), the poster with its share image
    // (qa50 p9).
    expect(b.made).toEqual([
      'flyer.pdf',
      'notice.pdf',
      'poster-a3.pdf',
      'poster-a4.pdf',
      'share-flyer.png',
      'share.png',
    ]);
    expect(b.studioPage).not.toContain('Chỉ in thông báo');
    const text = collapseSpaces(await pdfText(join(b.out, 'to-dan-pho-tan-lap', 'flyer.pdf')));
    expect(text).toContain(`Địa điểm: ${where}`);
    expect(text).toContain('Kế toán phường (bà Lan)');
    const poster = collapseSpaces(
      await pdfText(join(b.out, 'to-dan-pho-tan-lap', 'poster-a4.pdf')),
    );
    expect(poster).toContain(`Địa điểm: ${where}`);
    expect(poster).toContain('Kế toán phường (bà Lan)');
  }, 60_000);
});
