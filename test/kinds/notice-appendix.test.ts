/**
 * The office's own appendices (qa42 F3, F4): `notice.appendix` prints after the signature, each
 * from a page of its own, "PHỤ LỤC I" (numbered with the QR annex when there are two or more), its
 * title and the "(Kèm theo Công văn số … ngày … của …)" line, its pages numbered on their own; the
 * QR annex comes after it as "PHỤ LỤC II" and the body's pointer names it by number even though
 * the body says "Phụ lục" of the office's. A Word notice's "PHỤ LỤC" after the signature is
 * imported as `notice.appendix` instead of dropped.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfPageTexts } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa42-appendix/${name}`, import.meta.url));
const CAMPAIGN = fixture('campaign.yaml');
const GROUPS = fixture('groups.csv');

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-appendix-');
});
afterAll(removeTempDirs);

async function noticePages(campaign: string, out: string): Promise<string[]> {
  const r = await runCliInProcess(
    buildArgs(campaign, GROUPS, out, '--kind', 'notice', '--group', '1', '--quiet'),
  );
  expect(r.code, r.stderr).toBe(0);
  return (await pdfPageTexts(join(out, 'to-dan-pho-so-1/notice.pdf'))).map(collapseSpaces);
}

describe('notice.appendix', () => {
  it('prints after the signature, numbered with the QR annex, each on its own pages', async () => {
    const campaign = parse(await readFile(CAMPAIGN, 'utf8'));
    const [appendix] = campaign.notice.appendix as { title: string; body: string }[];
    const items = (appendix?.body ?? '')
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2));
    const pages = await noticePages(CAMPAIGN, join(dir, 'built'));
    const signed = pages.findIndex((p) => p.includes(campaign.notice.signer.name));
    const office = pages.findIndex((p) => p.startsWith('PHỤ LỤC I '));
    const qr = pages.findIndex((p) => p.startsWith('PHỤ LỤC II '));
    expect(signed).toBeGreaterThanOrEqual(0);
    // After the signature page, the office's first, then the QR annex, each from its own page.
    expect(office).toBe(signed + 1);
    expect(qr).toBe(office + 1);
    const ref = `(Kèm theo Công văn số ${campaign.notice.number}/${campaign.notice.symbol} ngày 02 tháng 11 năm 2026 của Ủy ban nhân dân phường Lê Chân)`;
    expect(pages[office]).toBe(
      `PHỤ LỤC I ${appendix?.title} ${ref} ${items.map((t) => `- ${t}`).join(' ')} Bản gửi: Tổ dân phố số 1, phường Lê Chân`,
    );
    expect(pages[qr]).toContain(`PHỤ LỤC II Mã QR của đường dẫn trong văn bản ${ref}`);
    // Nothing of the appendix before the signature.
    for (const p of pages.slice(0, signed + 1)) expect(p).not.toContain(appendix?.title);
    // The body names "Phụ lục" (the office's), and the QR code's pointer is still there, numbered.
    const text = pages.join(' ');
    expect(text).toContain('Danh sách hồ sơ cần chuẩn bị tại Phụ lục kèm theo Công văn này.');
    expect(text).toContain(
      'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html (mã QR của đường dẫn tại Phụ lục II kèm theo)',
    );
  });

  it("numbers the office's appendix, the map and the QR codes I, II, III; the pointer names III", async () => {
    // A muster map (assets.map) as well: its annex comes between the office's and the codes'
    // (review43 #2: the pointer named "Phụ lục" while the codes were the second annex of two).
    const mapped = join(dir, 'mapped');
    await mkdir(mapped, { recursive: true });
    await copyFile(
      fileURLToPath(new URL('../fixtures/qa40-map/so-do-tap-ket.png', import.meta.url)),
      join(mapped, 'so-do.png'),
    );
    const file = join(mapped, 'campaign.yaml');
    const text = `${await readFile(CAMPAIGN, 'utf8')}assets:\n  map: { file: so-do.png, caption: Sơ đồ điểm tập kết }\n`;
    await writeFile(file, text);
    const pages = await noticePages(file, join(mapped, 'out'));
    const office = pages.findIndex((p) => p.startsWith('PHỤ LỤC I '));
    const map = pages.findIndex((p) => p.startsWith('PHỤ LỤC II Sơ đồ điểm tập kết'));
    const qr = pages.findIndex((p) => p.startsWith('PHỤ LỤC III '));
    expect(office).toBeGreaterThan(0);
    expect(map).toBeGreaterThan(office);
    expect(qr).toBeGreaterThan(map);
    expect(pages.join(' ')).toContain('(mã QR của đường dẫn tại Phụ lục III kèm theo)');
  });

  it('a Word notice\'s "PHỤ LỤC" after the signature is imported as notice.appendix', async () => {
    const out = join(dir, 'ward');
    const r = await runCliInProcess([
      'import-docx',
      fixture('cong-van-45.docx'),
      '--out',
      out,
      '--lang',
      'vi',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('không được nhập');
    const yaml = parse(await readFile(join(out, 'campaign.yaml'), 'utf8'));
    expect(yaml.notice.appendix).toEqual([
      {
        title: '',
        body: 'Danh sách trang thiết bị cần chuẩn bị: bình chữa cháy xách tay, mặt nạ phòng độc, búa thoát hiểm.',
      },
    ]);
    const pages = await noticePages(join(out, 'campaign.yaml'), join(dir, 'word-built'));
    const last = pages.at(-1) ?? '';
    expect(last).toBe(
      'PHỤ LỤC (Kèm theo Công văn số 45/UBND-VHXH ngày 12 tháng 11 năm 2026 của Ủy ban nhân dân phường Ngô Quyền) Danh sách trang thiết bị cần chuẩn bị: bình chữa cháy xách tay, mặt nạ phòng độc, búa thoát hiểm. Bản gửi: Tổ dân phố số 1, phường Ngô Quyền',
    );
  });
});
