/**
 * Campaign texts typed with an old Vietnamese font (TCVN3 "ABC", VNI) or written in VIQR (qa37
 * C1, M3), with the qa37 inputs: the example campaign with its ward's name and one line of the
 * body typed so. `check` says each at the file's line and field; TCVN3 it is sure of is converted
 * (a warning) and the notice prints the Unicode text (pdftotext); VNI, VIQR and uncertain TCVN3
 * are refused with the Unikey hint, and `build` prints nothing. Ordinary text with apostrophes
 * and question marks (H'Mông, "Ông A' Lăng", "Bạn đã cài chưa?") stays accepted, in the campaign
 * and in the groups file, where VIQR is refused too.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { lineOf } from '../support/inputs.js';
import { pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

// The example's texts, and as qa37 typed them (cam/*/campaign.yaml, enc.js).
const WARD = 'phường Lê Chân';
const LINE = 'Trả lời 20 câu trắc nghiệm của bài thi.';
const TCVN3_WARD = 'ph\u00ADêng Lª Ch©n';
const TCVN3_LINE = 'Tr¶ lêi 20 c©u tr¾c nghiÖm cña bµi thi.';
const VNI_LINE = 'Traû lôøi 20 caâu traéc nghieäm cuûa baøi thi.';
const VIQR_WARD = 'phu+o+`ng Le^ Cha^n';
const TCVN3_CAPITALS = 'PH¦êNG L£ CH¢N';
const HINT = 'Chuyển mã sang Unicode dựng sẵn bằng Unikey';

let dir: string;
let yaml: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-legacy-campaign-');
  yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
});

/** The example campaign with each [from, to] replaced once, in a folder of its own. */
async function variant(name: string, pairs: [string, string][]): Promise<string> {
  let text = yaml;
  for (const [from, to] of pairs) {
    expect(text.split(from)).toHaveLength(2);
    text = text.replace(from, to);
  }
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  const file = join(folder, 'campaign.yaml');
  await writeFile(file, text);
  return file;
}

const said = (r: { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`;

describe('campaign texts typed with an old font or in VIQR', () => {
  it('converts TCVN3 it is sure of, says so at the line and field, and prints Unicode', async () => {
    const file = await variant('tcvn3-part', [
      [`ward: ${WARD}`, `ward: ${TCVN3_WARD}`],
      [`- ${LINE}`, `- ${TCVN3_LINE}`],
    ]);
    const text = await readFile(file, 'utf8');
    const r = await checkVi(file, EXAMPLE_GROUPS);
    expect(r.code).toBe(0);
    expect(said(r)).toContain(
      `cảnh báo: ${file}, dòng ${lineOf(text, 'ward:')}, mục “issuer.ward”: chữ được gõ bằng phông TCVN3 (ABC) và đã được chuyển sang Unicode: “${TCVN3_WARD}” → “${WARD}”`,
    );
    expect(said(r)).toContain(
      `cảnh báo: ${file}, dòng ${lineOf(text, TCVN3_LINE)}, mục “notice.body”: chữ được gõ bằng phông TCVN3 (ABC) và đã được chuyển sang Unicode: “- ${TCVN3_LINE}” → “- ${LINE}”`,
    );
    const out = join(dir, 'out-tcvn3');
    const b = await runCliInProcess([
      ...buildArgs(file, EXAMPLE_GROUPS, out, '--kind', 'notice', '--group', '1', '--quiet'),
      '--lang',
      'vi',
    ]);
    expect(b.code).toBe(0);
    const [folder] = (await readdir(out)).filter((n) => n.startsWith('to-dan-pho-'));
    const pdf = await pdfText(join(out, folder ?? '', 'notice.pdf'));
    const flat = pdf.replace(/\s+/g, ' ');
    expect(flat).toContain(`Bản gửi: Tổ dân phố số 1, ${WARD}`);
    expect(flat).toContain(LINE);
    expect(pdf).not.toMatch(/[ª©¶¾Öµ]|ph[^ư]?êng/);
  });

  it('refuses a body line typed with a VNI font, at its line, and builds nothing', async () => {
    const file = await variant('vni-part', [[`- ${LINE}`, `- ${VNI_LINE}`]]);
    const text = await readFile(file, 'utf8');
    const r = await checkVi(file, EXAMPLE_GROUPS);
    expect(r.code).toBe(1);
    expect(said(r)).toContain(
      `lỗi: ${file}, dòng ${lineOf(text, VNI_LINE)}, mục “notice.body”: chữ được gõ bằng phông VNI, không phải Unicode, và không chuyển mã chắc chắn được: “- ${VNI_LINE}” có lẽ là “- ${LINE}”`,
    );
    expect(said(r)).toContain(
      `${HINT}: chép đoạn chữ, mở Unikey › “Công cụ…” (Ctrl+Shift+F6), chọn Nguồn “VNI Windows”`,
    );
    expect(said(r)).not.toMatch(/^\s+at /m);
    const out = join(dir, 'out-vni');
    const b = await runCliInProcess([
      ...buildArgs(file, EXAMPLE_GROUPS, out, '--kind', 'notice', '--group', '1', '--quiet'),
      '--lang',
      'vi',
    ]);
    expect(b.code).not.toBe(0);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  it('says the TCVN3 it converted in the same round as a VNI line it refused, in check and build', async () => {
    const file = await variant('tcvn3-and-vni', [
      [`ward: ${WARD}`, `ward: ${TCVN3_WARD}`],
      [`- ${LINE}`, `- ${VNI_LINE}`],
    ]);
    const text = await readFile(file, 'utf8');
    const converted = `cảnh báo: ${file}, dòng ${lineOf(text, 'ward:')}, mục “issuer.ward”: chữ được gõ bằng phông TCVN3 (ABC) và đã được chuyển sang Unicode: “${TCVN3_WARD}” → “${WARD}”`;
    const r = await checkVi(file, EXAMPLE_GROUPS);
    expect(r.code).toBe(1);
    expect(said(r)).toContain(`lỗi: ${file}, dòng ${lineOf(text, VNI_LINE)}, mục “notice.body”`);
    expect(said(r)).toContain(converted);
    const b = await runCliInProcess([
      ...buildArgs(file, EXAMPLE_GROUPS, join(dir, 'out-both'), '--kind', 'notice', '--group', '1'),
      '--lang',
      'vi',
    ]);
    expect(b.code).not.toBe(0);
    expect(said(b)).toContain(converted);
  });

  it('says the TCVN3 it converted in the same round as a field the schema refused', async () => {
    const file = await variant('tcvn3-and-number', [
      [`ward: ${WARD}`, `ward: ${TCVN3_WARD}`],
      ['number: 5 #', 'number: năm #'],
    ]);
    const text = await readFile(file, 'utf8');
    const r = await checkVi(file, EXAMPLE_GROUPS);
    expect(r.code).toBe(1);
    expect(said(r)).toContain(`lỗi: ${file}, dòng ${lineOf(text, 'number:')}, mục “notice.number”`);
    expect(said(r)).toContain(
      `cảnh báo: ${file}, dòng ${lineOf(text, 'ward:')}, mục “issuer.ward”: chữ được gõ bằng phông TCVN3 (ABC) và đã được chuyển sang Unicode: “${TCVN3_WARD}” → “${WARD}”`,
    );
  });

  it('refuses a ward name written in VIQR, and capitals typed with .VnTimeH', async () => {
    const file = await variant('viqr', [
      [`ward: ${WARD}`, `ward: ${VIQR_WARD}`],
      ['- PHƯỜNG LÊ CHÂN', `- ${TCVN3_CAPITALS}`],
    ]);
    const text = await readFile(file, 'utf8');
    const r = await checkVi(file, EXAMPLE_GROUPS);
    expect(r.code).toBe(1);
    expect(said(r)).toContain(
      `lỗi: ${file}, dòng ${lineOf(text, 'ward:')}, mục “issuer.ward”: chữ được viết kiểu VIQR (dấu gõ bằng ^ ( + ' ? ~ . sau chữ cái), không phải Unicode: “${VIQR_WARD}” có lẽ là “${WARD}”`,
    );
    expect(said(r)).toContain('chọn Nguồn “VIQR”, Đích “Unicode”');
    expect(said(r)).toContain(
      `lỗi: ${file}, dòng ${lineOf(text, TCVN3_CAPITALS)}, mục thứ 2 của “issuer.name”: chữ được gõ bằng phông TCVN3 (ABC), không phải Unicode, và không chuyển mã chắc chắn được`,
    );
  });

  it('says the first few lines of a campaign typed wholly with VNI, then how many more', async () => {
    // qa37's cam/vni: the ward, the office and the eight recipients typed with VNI-Times.
    const RECIPIENTS = [
      ['Thường trực Đảng ủy;', 'Thöôøng tröïc Ñaûng uûy;'],
      ['Thường trực Hội đồng nhân dân;', 'Thöôøng tröïc Hoäi ñoàng nhaân daân;'],
      [
        'Ủy ban MTTQVN phường và các tổ chức thành viên;',
        'UÛy ban MTTQVN phöôøng vaø caùc toå chöùc thaønh vieân;',
      ],
      [
        'Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc phường;',
        'Caùc cô quan chuyeân moân, ñôn vò söï nghieäp thuoäc phöôøng;',
      ],
      [
        'Công an phường, Ban Chỉ huy quân sự phường;',
        'Coâng an phöôøng, Ban Chæ huy quaân söï phöôøng;',
      ],
      [
        'Ban Giám hiệu các trường học trên địa bàn phường;',
        'Ban Giaùm hieäu caùc tröôøng hoïc treân ñòa baøn phöôøng;',
      ],
      [
        'Các cơ quan, tổ chức, doanh nghiệp trên địa bàn phường;',
        'Caùc cô quan, toå chöùc, doanh nghieäp treân ñòa baøn phöôøng;',
      ],
      ['Các Tổ dân phố trên địa bàn phường.', 'Caùc Toå daân phoá treân ñòa baøn phöôøng.'],
    ];
    const file = await variant('vni-whole', [
      [`ward: ${WARD}`, 'ward: phöôøng Leâ Chaân'],
      ['office: Phòng Văn hoá - Xã hội', 'office: Phoøng Vaên hoaù - Xaõ hoäi'],
      ...RECIPIENTS.map(([from, to]) => [`- ${from}`, `- ${to}`] as [string, string]),
    ]);
    const r = await checkVi(file, EXAMPLE_GROUPS);
    expect(r.code).toBe(1);
    const errors = said(r)
      .split('\n')
      .filter((l) => l.startsWith('lỗi:'));
    // Ten texts typed so: five said in full, the rest in one sentence with the one thing to do.
    expect(errors).toHaveLength(6);
    expect(errors[0]).toContain('mục “issuer.ward”: chữ được gõ bằng phông VNI');
    expect(errors[4]).toContain(`“${RECIPIENTS[2]?.[1]}” có lẽ là “${RECIPIENTS[2]?.[0]}”`);
    expect(errors[5]).toBe(
      `lỗi: ${file}: và 5 chỗ khác cũng gõ bằng phông VNI, không phải Unicode`,
    );
    expect(said(r)).toContain('chuyển mã cả tệp một lần');
    expect(said(r)).toContain('chọn Nguồn “VNI Windows”');
  });

  it('prints a name with the letter Ñ as typed and says so once, at its line and field, as for a groups file', async () => {
    // An Ê Đê name: in VNI "Ñ" is "Đ", and its other letters are Latin-1 as VNI's are.
    const NAME = 'Y Ñuôn Niê';
    const file = await variant('enye', [['name: Nguyễn Đức Anh', `name: ${NAME}`]]);
    const text = await readFile(file, 'utf8');
    const r = await checkVi(file, EXAMPLE_GROUPS);
    expect(r.code).toBe(0);
    const warnings = said(r)
      .split('\n')
      .filter((l) => l.startsWith('cảnh báo') && l.includes('Ñ'));
    expect(warnings).toEqual([
      `cảnh báo: ${file}, dòng ${lineOf(text, NAME)}, mục “notice.signer.name”: chữ Ñ trong “${NAME}” được in đúng như đã gõ: tên tiếng Ê Đê, M’Nông, K’Ho có chữ này`,
    ]);
    expect(said(r)).toContain('Nếu chữ này được gõ bằng phông VNI (khi đó Ñ là chữ Đ)');
  });

  it('accepts apostrophes and question marks of ordinary text', async () => {
    const file = await variant('apostrophes', [
      [
        `- ${LINE}`,
        "- Đồng bào H'Mông, Ông A' Lăng và bà A' Sơn hỏi: Bạn đã cài chưa? Ong A' Lang, I'm ok.",
      ],
      ['place: Lê Chân', "place: Ea H'Leo"],
    ]);
    const r = await checkVi(file, EXAMPLE_GROUPS);
    expect(said(r)).not.toMatch(/VIQR|phông|lỗi:/);
    expect(r.code).toBe(0);
  });
});

describe('ordinary Unicode text with Latin-1 symbols (review41 §1)', () => {
  // Each line typed in Unicode; TCVN3 would read "©" as â, "·" as ã, "×" as ì, "º" as ẳ, "Ð" as é.
  const LINES = [
    '© 2024 UBND',
    'Copyright © UBND',
    'Nhiệt độ 30°C',
    'Hotline · 1022',
    'Zalo · Facebook · Website',
    '2 × 3',
    'Cà phê sáng ©',
    'Bà Mùa · Tô Ná',
    'Nº 5',
  ];

  it('checks and prints each line as typed, with no remark about fonts', async () => {
    const file = await variant('symbols', [
      [`- ${LINE}`, LINES.map((l) => `- ${l}`).join('\n    ')],
      ['symbol: UBND-VHXH', 'symbol: CÐ-UBND'],
    ]);
    const r = await checkVi(file, EXAMPLE_GROUPS);
    expect(said(r)).not.toMatch(/TCVN3|VNI|VIQR|phông|lỗi:/);
    expect(r.code).toBe(0);
    const out = join(dir, 'out-symbols');
    const b = await runCliInProcess([
      ...buildArgs(file, EXAMPLE_GROUPS, out, '--kind', 'notice', '--group', '1', '--quiet'),
      '--lang',
      'vi',
    ]);
    expect(b.code, b.stderr).toBe(0);
    const [folder] = (await readdir(out)).filter((n) => n.startsWith('to-dan-pho-'));
    // pdftotext may drop the narrow spaces around "×": compared without spaces.
    const bare = (await pdfText(join(out, folder ?? '', 'notice.pdf'))).replace(/\s+/g, '');
    for (const l of LINES) expect(bare).toContain(l.replace(/\s+/g, ''));
    expect(bare).toContain('Số:05/CĐ-UBND');
  });
});

describe('groups files written in VIQR', () => {
  // The first rows of qa37's in/groups-viqr.csv.
  const VIQR_CSV = `\uFEFFSTT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Địa chỉ nhà văn hóa;Số hộ;Số nhân khẩu
1;To^? da^n pho^' so^' 1;Nguye^~n Va(n Hu\`ng;0912 345 678;Nha\` va(n ho'a To^? da^n pho^' so^' 1, 55 pho^' Me^ Linh;248;861
2;To^? da^n pho^' so^' 2;Tra^\`n Thi. Thu Ha(\`ng;0983 214 567;Nha\` va(n ho'a To^? da^n pho^' so^' 2, 108 pho^' Ha\`ng Ke^nh;345;1152
`;

  it('refuses one, naming row and column, with the Unikey hint', async () => {
    const file = join(dir, 'groups-viqr.csv');
    await writeFile(file, VIQR_CSV);
    const r = await checkVi(EXAMPLE_CAMPAIGN, file);
    expect(r.code).toBe(1);
    expect(said(r)).toContain(
      `lỗi: ${file}, dòng 2, cột “Tên tổ dân phố”: chữ được viết kiểu VIQR (dấu gõ bằng ^ ( + ' ? ~ . sau chữ cái), không phải Unicode: “To^? da^n pho^' so^' 1” có lẽ là “Tổ dân phố số 1”`,
    );
    expect(said(r)).toContain('chọn Nguồn “VIQR”, Đích “Unicode”');
  });

  it('accepts names with apostrophes and a question in a note', async () => {
    const file = join(dir, 'groups-apostrophes.csv');
    await writeFile(
      file,
      `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Địa chỉ nhà văn hóa;Số hộ;Số nhân khẩu
1;Tổ dân phố số 1;Ông A' Lăng;0912 345 678;Bạn đã cài chưa?;248;861
2;Tổ dân phố số 2;H'Hen Niê;0983 214 567;Buôn H'Mông, Ea H'Leo;345;1152
3;Tổ dân phố số 3;Ong A' Lang va A' Son;0983 214 568;Nha A' Lang, xa Ea H'Leo;345;1152
`,
    );
    const r = await checkVi(EXAMPLE_CAMPAIGN, file);
    expect(said(r)).not.toMatch(/VIQR|lỗi:/);
    expect(r.code).toBe(0);
  });
});
