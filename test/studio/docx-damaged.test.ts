/**
 * A Word file cut short (a half-downloaded file from Zalo: its document.xml ends mid-tag) or
 * carrying a DTD entity (qa32 m1) is answered as a file that cannot be read: on Chiến dịch mới
 * and the groups upload, the form again with one Vietnamese sentence and a hint (not the 500
 * page); in the CLI, `error:` and `hint:`, exit 1, no stack trace.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordNoticeImporter } from '../../src/studio/notice-import.js';
import { edited } from '../load/docx/notice-docx.js';
import { runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithNewCampaign, type TestStudio } from './studio.js';

/** A Word document with a groups table, as Word writes it. */
async function wordList(): Promise<Uint8Array> {
  const rows = [
    ['STT', 'Tên tổ dân phố', 'Tổ trưởng'],
    ['1', 'Tổ dân phố số 1', 'Nguyễn Văn Hùng'],
  ];
  const table = new Table({
    rows: rows.map(
      (r) =>
        new TableRow({ children: r.map((v) => new TableCell({ children: [new Paragraph(v)] })) }),
    ),
  });
  const doc = new Document({ sections: [{ children: [new Paragraph('DANH SÁCH'), table] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Its document.xml cut in half, as a download stopped part way leaves it. */
const cutShort = (docx: Uint8Array) =>
  edited(docx, 'word/document.xml', (xml) => xml.slice(0, xml.length / 2));

/** An entity of the system's password file declared and used in its first text. */
const withEntity = (docx: Uint8Array) =>
  edited(docx, 'word/document.xml', (xml) =>
    xml
      .replace(/(<\?xml[^>]*\?>)/, '$1<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')
      .replace(/<w:t([ >])/, '<w:t$1&e;'),
  );

const SAID =
  'đây là văn bản Word bị hỏng hoặc chưa tải về trọn vẹn: phần văn bản bên trong không đọc được';
const HINT = 'Mở tệp bằng Word';

describe('a damaged Word file', () => {
  let s: TestStudio;
  let c: Client;
  const files = new Map<string, Uint8Array>();
  beforeAll(async () => {
    const list = await wordList();
    files.set('cut short', cutShort(list));
    files.set('with an entity', withEntity(list));
    ({ s, c } = await studioWithNewCampaign('Tiêm chủng', { importNotice: wordNoticeImporter }));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it.each(['cut short', 'with an entity'])(
    'on Chiến dịch mới (%s): the form again with the sentence',
    async (kind) => {
      s.errors.length = 0;
      const res = await c.upload(
        '/new',
        'docx',
        'cong-van.docx',
        files.get(kind) as Uint8Array,
        { name: 'Phòng cháy', from: '' },
        '/new',
      );
      expect(res.status).toBe(422);
      const text = plainText(res.text);
      expect(text).toContain(`Không đọc được tệp “cong-van.docx”: ${SAID}.`);
      expect(text).toContain(HINT);
      expect(res.text).toContain('value="Phòng cháy"');
      expect(res.text).not.toContain('root:');
      expect(existsSync(join(s.dataDir, 'campaigns', 'phong-chay'))).toBe(false);
      expect(s.errors).toEqual([]);
    },
  );

  it.each(['cut short', 'with an entity'])(
    'as the groups list (%s): the groups form with the sentence',
    async (kind) => {
      s.errors.length = 0;
      const page = '/c/tiem-chung/groups';
      const res = await c.upload(page, 'file', 'ds.docx', files.get(kind) as Uint8Array, {}, page);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      const text = plainText(res.text);
      // Said as the page's own sentence: "Không dùng được tệp này. Đây là …".
      expect(text).toContain(`Không dùng được tệp này. Đ${SAID.slice(1)}.`);
      expect(text).toContain(HINT);
      expect(res.text).not.toContain('root:');
      expect(s.errors).toEqual([]);
    },
  );

  it('in the CLI: error and hint, exit 1, no stack', async () => {
    const dir = await makeTempDir('phuong-print-docx-');
    const file = join(dir, 'ds.docx');
    await writeFile(file, files.get('cut short') as Uint8Array);
    const run = await runCliInProcess([
      'check',
      '--campaign',
      join(__dirname, '../../examples/hai-phong/campaign.yaml'),
      '--groups',
      file,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error:');
    expect(run.stderr).toContain('the Word document is damaged or was not downloaded whole');
    expect(run.stderr).toContain('hint:');
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});
