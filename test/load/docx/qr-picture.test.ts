/**
 * The Word import on a QR code pasted as a picture under "quét mã QR dưới đây:" (qa33 m3): the
 * notice prints no pictures, so the sentence pointed at nothing. The picture's code is read: its
 * address prints where the picture was (the notice's annex prints the tool's own code of it), and
 * a picture that holds no readable code is named with the sentence that points at it.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AlignmentType,
  ImageRun,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { Tokens } from 'marked';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { notice } from '../../../src/kinds/notice.js';
import { describeWarning, importDocx, warningIn } from '../../../src/load/docx/import-docx.js';
import type { Group } from '../../../src/load/types.js';
import { wordNoticeImporter } from '../../../src/studio/notice-import.js';
import { runCli } from '../../support/cli.js';
import { collapseSpaces, pdfText } from '../../support/pdf-text.js';
import { decodeQrCodesEach } from '../../support/qr.js';
import { rasterize } from '../../support/raster.js';
import { renderFor } from '../../support/render.js';
import { makeTempDir, removeTempDirs } from '../../support/tmp.js';
import { p, wardNoticeDocx } from './notice-docx.js';
import { importedCampaign, LE_CHAN } from './printed-notice.js';

const parts = { ...LE_CHAN, subject: 'V/v hướng dẫn nộp hồ sơ trực tuyến' };
const ADDRESS = 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html';
const POINTER = 'Người dân có thể nộp hồ sơ trực tuyến hoặc quét mã QR dưới đây:';

async function docxWith(png: Buffer): Promise<Uint8Array> {
  return wardNoticeDocx(parts, [
    p(POINTER),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({ type: 'png', data: png, transformation: { width: 120, height: 120 } }),
      ],
    }),
    p('Đề nghị các Tổ dân phố thông báo đến người dân./.'),
  ]);
}

/** Word's list "steps": "1.", "2." with "a)", "b)" under them. */
const STEPS = {
  config: [
    {
      reference: 'steps',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)' },
      ],
    },
  ],
};

afterAll(removeTempDirs);

const GROUP = { id: '1', name: 'Tổ dân phố số 1', source: { file: 'groups.csv', row: 2 } };

describe('import-docx, a QR code pasted as a picture', () => {
  it('prints the address the picture holds where it was, and its code in the annex', async () => {
    const png = await QRCode.toBuffer(ADDRESS, { width: 240, margin: 4 });
    const r = await importDocx(await docxWith(png), { source: 'qr.docx', today: '2026-01-01' });
    const warnings = r.warnings.map(describeWarning);
    expect(warnings).toContainEqual(
      expect.stringMatching(new RegExp(`picture-1\\.png.*${ADDRESS.replace(/[.]/g, '\\.')}`)),
    );
    expect(warnings.join('\n')).not.toMatch(/picture.*not imported/);
    // The national portal: no doubt raised.
    expect(r.warnings.map((w) => warningIn(w, 'vi')).join('\n')).not.toContain(
      'kiểm tra: đây có phải',
    );
    const { bytes: pdf, pages } = await renderFor(notice, importedCampaign(r.yaml), GROUP as Group);
    const text = collapseSpaces(await pdfText(pdf));
    // The sentence, then the address under it (not the closing line).
    const at = text.indexOf('quét mã QR dưới đây:');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(text.slice(at).replace(/\s+/g, '')).toMatch(
      new RegExp(`^quétmãQRdướiđây:${ADDRESS.replace(/[.]/g, '\\.')}`),
    );
    // The annex, the notice's last page: the one page rasterised.
    expect(text).toContain('PHỤ LỤC');
    const codes = (await decodeQrCodesEach(await rasterize(pdf, { dpi: 150, page: pages }))).flat();
    expect(codes).toContain(ADDRESS);
  });

  it('reads the code in the launched program too (the bundle, where pngjs and jsqr are inside)', async () => {
    const png = await QRCode.toBuffer(ADDRESS, { width: 200 });
    const dir = await makeTempDir('phuong-print-qr-cli-');
    await writeFile(join(dir, 'qr.docx'), await docxWith(png));
    const r = await runCli(['import-docx', 'qr.docx', '--out', 'ward'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`(picture-1.png) holds ${ADDRESS}`);
  });

  it('names the picture and the sentence pointing at it when the picture holds no code', async () => {
    const png = await sharp({
      create: { width: 120, height: 120, channels: 3, background: '#888' },
    })
      .png()
      .toBuffer();
    const r = await importDocx(await docxWith(png), { source: 'qr.docx', today: '2026-01-01' });
    const warnings = r.warnings.map(describeWarning);
    expect(warnings).toContainEqual(
      expect.stringMatching(/picture-1\.png.*no QR code could be read.*quét mã QR dưới đây:/),
    );
  });

  it("does not search a 4:3 picture (a report's photo) for a code: only a nearly square one is", async () => {
    // jsQR took 0.4–9 s for a camera photo on the studio's main thread. The same code, on white
    // margins making the picture 13:12 (read) or 4:3 (not searched, so not read).
    const framed = (width: number) =>
      QRCode.toBuffer(ADDRESS, { width: 240, margin: 4 }).then((qr) =>
        sharp({ create: { width, height: 240, channels: 3, background: '#fff' } })
          .composite([{ input: qr, left: Math.round((width - 240) / 2), top: 0 }])
          .png()
          .toBuffer(),
      );
    const said = async (png: Buffer) =>
      (await importDocx(await docxWith(png), { source: 'anh.docx', today: '2026-01-01' })).warnings
        .map(describeWarning)
        .join('\n');
    expect(await said(await framed(260))).toContain(`(picture-1.png) holds ${ADDRESS}`);
    const photo = await said(await framed(320));
    expect(photo).not.toContain(ADDRESS);
    expect(photo).toMatch(/picture-1\.png.*no QR code could be read/);
  });

  it('keeps a numbered list whole when an item holds the code: its sub-items stay items', async () => {
    const png = await QRCode.toBuffer(ADDRESS, { width: 200 });
    const listed = (children: (TextRun | ImageRun)[], level: number) =>
      new Paragraph({ numbering: { reference: 'steps', level }, children });
    const bytes = await wardNoticeDocx(
      parts,
      [
        p('Người dân nộp hồ sơ theo các bước sau:'),
        listed(
          [
            new TextRun('Truy cập Cổng dịch vụ công bằng mã QR:'),
            new ImageRun({ type: 'png', data: png, transformation: { width: 100, height: 100 } }),
          ],
          0,
        ),
        listed([new TextRun('Đăng nhập bằng tài khoản VNeID')], 1),
        listed([new TextRun('Chọn thủ tục cần nộp')], 1),
        listed([new TextRun('Nộp lệ phí trực tuyến')], 0),
      ],
      STEPS,
    );
    const r = await importDocx(bytes, { source: 'qr.docx', today: '2026-01-01' });
    const campaign = importedCampaign(r.yaml);
    const pdf = (await renderFor(notice, campaign, GROUP as Group)).bytes;
    const text = collapseSpaces(await pdfText(pdf));
    expect(text).toContain('1. Truy cập Cổng dịch vụ công bằng mã QR:');
    expect(text.replace(/\s+/g, '')).toContain(ADDRESS);
    // Sub-items printed as items (marker, text), not as a block of code with its indentation.
    expect(text).toContain('a) Đăng nhập bằng tài khoản VNeID');
    expect(text).toContain('b) Chọn thủ tục cần nộp');
    expect(text).toContain('2. Nộp lệ phí trực tuyến');
    const { lexer } = await import('marked');
    const tokens = JSON.stringify(lexer(campaign.notice?.body ?? ''));
    expect(tokens).not.toContain('"type":"code"');
  });

  it('keeps a numbered paragraph that holds only the code as an item of its own, as Word numbers it', async () => {
    const png = await QRCode.toBuffer(ADDRESS, { width: 200 });
    const listed = (children: (TextRun | ImageRun)[]) =>
      new Paragraph({ numbering: { reference: 'steps', level: 0 }, children });
    const bytes = await wardNoticeDocx(
      parts,
      [
        p('Người dân nộp hồ sơ theo các bước sau:'),
        listed([new TextRun('Chuẩn bị giấy tờ tùy thân')]),
        // Word shows "2." before the picture: the step is the code itself.
        listed([
          new ImageRun({ type: 'png', data: png, transformation: { width: 100, height: 100 } }),
        ]),
        listed([new TextRun('Nộp lệ phí trực tuyến')]),
      ],
      STEPS,
    );
    const r = await importDocx(bytes, { source: 'qr.docx', today: '2026-01-01' });
    const campaign = importedCampaign(r.yaml);
    const text = collapseSpaces(
      await pdfText((await renderFor(notice, campaign, GROUP as Group)).bytes),
    );
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('1.Chuẩnbịgiấytờtùythân2.');
    // The address is item 2 (the notice's note on the annex may follow it), then item 3.
    expect(flat).toContain(`2.${ADDRESS}`);
    expect(flat.indexOf('3.Nộplệphítrựctuyến')).toBeGreaterThan(flat.indexOf(`2.${ADDRESS}`));
  });

  it('keeps the list going when the code is a paragraph of its own between two items', async () => {
    const png = await QRCode.toBuffer(ADDRESS, { width: 200 });
    const listed = (text: string, level: number) =>
      new Paragraph({ numbering: { reference: 'steps', level }, children: [new TextRun(text)] });
    const bytes = await wardNoticeDocx(
      parts,
      [
        p('Người dân nộp hồ sơ theo các bước sau:'),
        listed('Truy cập Cổng dịch vụ công bằng mã QR dưới đây:', 0),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({ type: 'png', data: png, transformation: { width: 100, height: 100 } }),
          ],
        }),
        listed('Đăng nhập bằng tài khoản VNeID', 1),
        listed('Chọn thủ tục cần nộp', 1),
        listed('Nộp lệ phí trực tuyến', 0),
      ],
      STEPS,
    );
    const r = await importDocx(bytes, { source: 'qr.docx', today: '2026-01-01' });
    const campaign = importedCampaign(r.yaml);
    const { lexer } = await import('marked');
    const tokens = lexer(campaign.notice?.body ?? '');
    expect(JSON.stringify(tokens)).not.toContain('"type":"code"');
    // One list: its first item holds the address, its sub-items and its second item follow.
    const lists = tokens.filter((t) => t.type === 'list');
    expect(lists).toHaveLength(1);
    const text = collapseSpaces(
      await pdfText((await renderFor(notice, campaign, GROUP as Group)).bytes),
    );
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(`1.TruycậpCổngdịchvụcôngbằngmãQRdướiđây:${ADDRESS}`);
    expect(text).toContain('a) Đăng nhập bằng tài khoản VNeID');
    expect(text).toContain('b) Chọn thủ tục cần nộp');
    expect(text).toContain('2. Nộp lệ phí trực tuyến');
  });

  it('keeps a table\'s columns when an address read from a code in a cell holds "|"', async () => {
    const address = 'https://dichvucong.gov.vn/tra-cuu?ma=HS|2026|01';
    const png = await QRCode.toBuffer(address, { width: 200 });
    const cell = (children: Paragraph[]) => new TableCell({ children });
    const bytes = await wardNoticeDocx(parts, [
      p('Các cách nộp hồ sơ:'),
      new Table({
        rows: [
          new TableRow({ children: [cell([p('Cách nộp')]), cell([p('Địa chỉ')])] }),
          new TableRow({
            children: [
              cell([p('Trực tuyến')]),
              cell([
                p('Quét mã:'),
                new Paragraph({
                  children: [
                    new ImageRun({
                      type: 'png',
                      data: png,
                      transformation: { width: 100, height: 100 },
                    }),
                  ],
                }),
              ]),
            ],
          }),
          new TableRow({ children: [cell([p('Trực tiếp')]), cell([p('Bộ phận một cửa')])] }),
        ],
      }),
      p('Đề nghị các Tổ dân phố thông báo đến người dân./.'),
    ]);
    const r = await importDocx(bytes, { source: 'qr.docx', today: '2026-01-01' });
    const campaign = importedCampaign(r.yaml);
    const { lexer } = await import('marked');
    const table = lexer(campaign.notice?.body ?? '').find(
      (t): t is Tokens.Table => t.type === 'table',
    );
    // Two columns in every row, the address whole in the second.
    expect(table?.header).toHaveLength(2);
    for (const row of table?.rows ?? []) expect(row).toHaveLength(2);
    expect(table?.rows[0]?.[1]?.text.replace(/<br>/g, ' ')).toContain(address);
    const text = collapseSpaces(
      await pdfText((await renderFor(notice, campaign, GROUP as Group)).bytes),
    );
    expect(text.replace(/\s+/g, '')).toContain(address);
  });

  for (const [address, host] of [
    ['https://zalo.me/g/phuongdonghai2024', 'zalo.me'],
    ['https://bit.ly/dangky-tiem-soi', 'bit.ly'],
    ['http://phuonglechan.haiphong.gov.vn/dang-ky', 'phuonglechan.haiphong.gov.vn'],
  ] as const)
    it(`asks the office whether ${host}'s address in a picture's code is the ward's own`, async () => {
      const bytes = await docxWith(await QRCode.toBuffer(address, { width: 240 }));
      const r = await importDocx(bytes, { source: 'qr.docx', today: '2026-01-01' });
      const vi = r.warnings.map((w) => warningIn(w, 'vi'));
      const said = vi.find((w) => w.includes('picture-1.png'));
      expect(said).toContain('kiểm tra: đây có phải địa chỉ của phường không?');
      expect(said).toContain(host);
      // The studio's import page shows it.
      const { notes } = await wordNoticeImporter(bytes, 'qr.docx');
      expect(notes.join('\n')).toContain('kiểm tra: đây có phải địa chỉ của phường không?');
    });

  it('says a bank-transfer code (VietQR) is one, without quoting it', async () => {
    const payload =
      '00020101021138570010A00000072701270006970436011310123456789010208QRIBFTTA53037045802VN62150811Ung ho lu6304A1B2';
    const bytes = await docxWith(await QRCode.toBuffer(payload, { width: 300 }));
    const r = await importDocx(bytes, { source: 'qr.docx', today: '2026-01-01' });
    const said = r.warnings.map((w) => warningIn(w, 'vi')).find((w) => w.includes('picture-1.png'));
    expect(said).toContain('mã chuyển khoản ngân hàng');
    expect(said).not.toContain('000201');
    expect(said?.length).toBeLessThan(400);
  });
});
