/**
 * `import-docx` of QA's HPV Kế hoạch (qa56 p9): the flyer's headline was the 17-word trích yếu
 * ("Triển khai tiêm vắc xin HPV cho trẻ em gái từ 9 đến 14 tuổi năm 2026") and it had no "Cần
 * mang theo", though the notice says "mang theo sổ tiêm chủng (nếu có), mã định danh cá nhân
 * của trẻ và phiếu đồng ý tiêm chủng đã ký". Now the import writes a short `title` (the trích
 * yếu without its first verb and its year) and `bring` (that list), each said with the
 * paragraph it came from; the flyer built from the import prints both. A notice saying neither
 * (a long trích yếu, no "mang theo") gets neither, and the import says so. The commands' own
 * code in this process (runCliInProcess: what they say and write, without a Node start-up for
 * each of six runs; the launched program's import-docx: qr-picture.test.ts), the flyer's text by
 * pdftotext.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, type Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../support/cli.js';
import { collapseSpaces, pdfText } from '../../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../../support/tmp.js';
import { headerTable, noticeDocx, p, tailTable } from './notice-docx.js';
import { LE_CHAN } from './printed-notice.js';

const FIXTURES = new URL('../../fixtures/qa56-hpv/', import.meta.url).pathname;

/** The document's own lines (mk-hpv-docx.cjs of qa56): its trích yếu and its "mang theo" sentence. */
const SUBJECT = 'Triển khai tiêm vắc xin HPV cho trẻ em gái từ 9 đến 14 tuổi năm 2026';
const THINGS = [
  'sổ tiêm chủng (nếu có)',
  'mã định danh cá nhân của trẻ',
  'phiếu đồng ý tiêm chủng đã ký',
];

const upper = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

afterAll(removeTempDirs);

describe('import-docx: the flyer’s title and what to bring, from the notice’s own words', () => {
  it('writes the short title and the things to bring, says where from, and the flyer prints them', async () => {
    const dir = await makeTempDir('phuong-print-hpv-');
    await cp(join(FIXTURES, 'ke-hoach-hpv.docx'), join(dir, 'hpv.docx'));
    const imported = await runCliInProcess(['import-docx', 'hpv.docx', '--out', 'c'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    // The trích yếu less "Triển khai" and "năm 2026": 13 words, a headline.
    const title = upper(SUBJECT.replace(/^Triển khai /, '').replace(/ năm 2026$/, ''));
    const out = imported.stdout;
    expect(out).toContain(`  title: ${title}\n      from paragraph 9 ("${SUBJECT}")`);
    // One thing a line in the file; on the screen cut at 70 characters, with its paragraph.
    const bring = out.split('\n').findIndex((l) => l.startsWith('  bring: '));
    expect(out.split('\n')[bring]).toContain(
      `${upper(THINGS[0] ?? '')} / ${upper(THINGS[1] ?? '')} / `,
    );
    expect(out.split('\n')[bring + 1]).toMatch(
      /^ {6}from paragraph \d+ \("mang theo sổ tiêm chủng/,
    );
    expect(out).not.toContain('left out');
    const yaml = await readFile(join(dir, 'c', 'campaign.yaml'), 'utf8');
    expect(yaml).toContain(`title: ${title}\n`);
    expect(yaml).toContain(`bring:\n${THINGS.map((t) => `  - ${upper(t)}\n`).join('')}`);

    const built = await runCliInProcess(
      [
        'build',
        '--campaign',
        'c/campaign.yaml',
        '--groups',
        join(FIXTURES, 'groups.csv'),
        '--kind',
        'flyer',
        '--out',
        'out',
      ],
      { cwd: dir },
    );
    expect(built.code, built.stderr).toBe(0);
    const flyer = collapseSpaces(
      await pdfText(await readFile(join(dir, 'out', 'to-dan-pho-so-1', 'flyer.pdf'))),
    );
    expect(flyer).toContain(title);
    // The long trích yếu is no longer the headline (nor printed under it: the title says it).
    expect(flyer).not.toContain('Triển khai');
    expect(flyer).toContain('Cần mang theo');
    for (const thing of THINGS) expect(flyer).toContain(upper(thing));
  }, 120_000);

  it('writes neither when the notice says neither, and says why', async () => {
    const dir = await makeTempDir('phuong-print-no-bring-');
    await writeFile(join(dir, 'cv.docx'), await noticeDocx());
    const imported = await runCliInProcess(['import-docx', 'cv.docx', '--out', 'c'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    const yaml = await readFile(join(dir, 'c', 'campaign.yaml'), 'utf8');
    expect(yaml).not.toMatch(/^(title|bring):/m);
    // The 18-word trích yếu: no headline of it; no "mang theo" in the body.
    expect(imported.stdout).toContain(
      'left out (2: the notice does not say them as the flyer prints them):\n' +
        '  title: no short title (title): the trích yếu has 18 words even without its first verb and its year, more than 15 for a headline; the flyer and the posters print it whole: write a title of a few words\n' +
        '  bring: nothing to bring (bring) written: the body has no "mang theo …" sentence; the flyer prints no "Cần mang theo"\n',
    );
    expect(yaml).toContain('# Left out: nothing to bring (bring) written');
  }, 60_000);

  // closing56: under `--lang vi` the report said "không điền" but the file's comments of what
  // was left out stayed English ("# Left out: nothing to bring (bring) written…").
  it('writes what it left out in the file in the language it speaks (--lang vi)', async () => {
    const dir = await makeTempDir('phuong-print-no-bring-vi-');
    await writeFile(join(dir, 'cv.docx'), await noticeDocx());
    const imported = await runCliInProcess(
      ['import-docx', 'cv.docx', '--out', 'c', '--lang', 'vi'],
      { cwd: dir },
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('không điền (2 mục');
    const yaml = await readFile(join(dir, 'c', 'campaign.yaml'), 'utf8');
    expect(yaml).toContain(
      '# Không điền: không có tiêu đề ngắn (title): trích yếu dài 18 chữ kể cả khi bỏ động từ đầu và năm',
    );
    expect(yaml).toContain(
      '# Không điền: không ghi thứ cần mang theo (bring): nội dung không có câu “mang theo …”; tờ rơi không in “Cần mang theo”',
    );
    expect(yaml).not.toContain('Left out');
  }, 60_000);

  /** A Kế hoạch of the CCCD drive whose body is `body`; what import-docx says and writes. */
  const imported = async (name: string, body: (Paragraph | Table)[], args: string[] = []) => {
    const parts = { ...LE_CHAN, number: 'Số: 61/KH-UBND' };
    const children: (Paragraph | Table)[] = [
      headerTable(parts),
      p('KẾ HOẠCH', { bold: true, center: true }),
      p('Tổ chức cấp đổi thẻ căn cước trên địa bàn phường năm 2026', { bold: true, center: true }),
      p('Ủy ban nhân dân phường tổ chức cấp đổi thẻ căn cước như sau:'),
      p('Thời gian: 7h30 - 11h00, Chủ nhật, ngày 27/12/2026.'),
      ...body,
      p('Đề nghị các Tổ dân phố thông báo đến Nhân dân./.'),
      tailTable(parts),
    ];
    const dir = await makeTempDir(`phuong-print-${name}-`);
    await writeFile(
      join(dir, 'kh.docx'),
      await Packer.toBuffer(new Document({ sections: [{ children }] })),
    );
    const run = await runCliInProcess(['import-docx', 'kh.docx', '--out', 'c', ...args], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    return { out: run.stdout, yaml: await readFile(join(dir, 'c', 'campaign.yaml'), 'utf8') };
  };

  it('takes the things listed under "mang theo các giấy tờ sau:", and a ward-wide trích yếu’s own words', async () => {
    const { out, yaml } = await imported('cccd', [
      p('Khi đến làm thủ tục, công dân mang theo các giấy tờ sau:'),
      p('- Thẻ căn cước công dân cũ;'),
      p('- Giấy khai sinh (bản sao) để đối chiếu.'),
    ]);
    // Without "Tổ chức", "năm 2026" and "trên địa bàn phường": what residents come for.
    expect(yaml).toContain('title: Cấp đổi thẻ căn cước\n');
    // The two items, without their "- " and ";", nor what the copy is for ("để đối chiếu").
    expect(yaml).toContain('bring:\n  - Thẻ căn cước công dân cũ\n  - Giấy khai sinh (bản sao)\n');
    expect(out).toMatch(
      / {2}bring: .*\n {6}from paragraphs \d+, \d+, \d+ \("mang theo các giấy tờ sau/,
    );
  }, 60_000);

  it('skips a "mang theo" that says what not to bring and takes the list after it (review57b #7)', async () => {
    const { out, yaml } = await imported('negated-bring', [
      p('Không mang theo vật nuôi, đồ ăn vào khu vực làm thủ tục.'),
      p(
        'Khi đến, công dân mang theo thẻ căn cước công dân cũ, giấy khai sinh (bản sao) vào phòng làm thủ tục.',
      ),
    ]);
    expect(yaml).toContain('bring:\n  - Thẻ căn cước công dân cũ\n  - Giấy khai sinh (bản sao)\n');
    expect(yaml).not.toContain('Vật nuôi');
    expect(out).toMatch(/ {2}bring: .*\n {6}from paragraph \d+ \("mang theo thẻ căn cước/);
  }, 60_000);

  it('reads no table column "Giấy tờ mang theo" as the sentence, and says the table is not read', async () => {
    const cell = (text: string) => new TableCell({ children: [p(text)] });
    const table = new Table({
      rows: [
        ['Tổ dân phố', 'Giấy tờ mang theo'],
        ['Tổ dân phố số 1', 'Thẻ căn cước cũ'],
      ].map((r) => new TableRow({ children: r.map(cell) })),
    });
    const { out, yaml } = await imported('table-bring', [
      p('Lịch cấp đổi của từng tổ dân phố như sau:'),
      table,
    ]);
    expect(yaml).not.toMatch(/^bring:/m);
    expect(out).toContain(
      '  bring: nothing to bring (bring) written: the body says "mang theo" only in a table, which the flyer does not read; if residents bring any, write them in "bring" in campaign.yaml, one a line\n',
    );
  }, 60_000);

  // h-left15a: a "mang theo" sentence with no list said "nếu người dân cần mang gì thì ghi vào
  // đó": no place. It names the file's key now, as the office's `import-docx` wrote it.
  it('says where to write the things when the "mang theo" sentence lists none', async () => {
    const { out, yaml } = await imported(
      'no-list-bring',
      [
        p('Khi đến làm thủ tục, công dân mang theo các giấy tờ sau:'),
        p('Tổ trưởng tổ dân phố thông báo lịch cụ thể đến từng hộ.'),
      ],
      ['--lang', 'vi'],
    );
    expect(yaml).not.toMatch(/^bring:/m);
    const said = out.replace(/\s+/g, ' ');
    expect(said).toContain(
      'câu “mang theo …” trong nội dung không phải danh sách các thứ; nếu người dân cần mang gì thì ghi vào mục “bring” trong tệp campaign.yaml, mỗi dòng một thứ',
    );
    expect(said).not.toContain('vào đó');
  }, 60_000);
});
