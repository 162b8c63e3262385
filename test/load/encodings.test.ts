/**
 * Load stage: the encodings ward offices' files come in — UTF-8 with BOM, UTF-16 ("Unicode
 * text"), Windows-1258, and Vietnamese typed with TCVN3 (ABC) or VNI fonts into a Unicode file.
 * Each is either read exactly (and said so when converted) or refused with a way to fix it;
 * never mojibake. Rosters go through the same path.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGroupsReport, parseGroupsCsv } from '../../src/load/groups/index.js';
import { parseRosterReport } from '../../src/load/roster.js';
import { tcvn3, userError, userErrorSync } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const HEADER = 'STT;Tên tổ dân phố;Tổ trưởng;Địa chỉ nhà văn hóa';
const ROWS = [
  '1;Tổ dân phố số 1;Nguyễn Văn Hùng;Nhà văn hóa số 1, phố Lê Chân',
  '2;Tổ dân phố Cầu Đất;Trần Thị Thu Hằng;Ngõ 5 đường Trường Chinh',
  '3;Khu tập thể Đồng Quốc Bình;Phạm Đức Ánh;Số 7 phố Lạch Tray',
];
const text = `${[HEADER, ...ROWS].join('\r\n')}\r\n`;
const expected = [
  { id: '1', name: 'Tổ dân phố số 1', leader: 'Nguyễn Văn Hùng' },
  { id: '2', name: 'Tổ dân phố Cầu Đất', leader: 'Trần Thị Thu Hằng' },
  { id: '3', name: 'Khu tập thể Đồng Quốc Bình', leader: 'Phạm Đức Ánh' },
];

const utf8 = (s: string) => new TextEncoder().encode(s);

async function fileOf(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(await makeTempDir('phuong-print-enc-'), name);
  await writeFile(file, bytes);
  return file;
}

/** Windows-1258 spelling: vowel shapes precomposed, tone marks as combining characters. */
function windows1258(s: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  const spelt = s.normalize('NFD').replace(/\P{M}\p{M}*/gu, (cluster) => {
    const marks = cluster.match(tones) ?? [];
    return cluster.replace(tones, '').normalize('NFC') + marks.join('');
  });
  return iconv.encode(spelt, 'windows1258');
}

describe('Unicode files', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])],
    ['UTF-8 without BOM', utf8(text)],
    [
      'UTF-16 LE with BOM, tab-separated (Excel "Unicode text")',
      new Uint8Array([0xff, 0xfe, ...iconv.encode(text.replaceAll(';', '\t'), 'utf-16le')]),
    ],
    [
      'UTF-16 BE with BOM',
      new Uint8Array([0xfe, 0xff, ...iconv.encode(text.replaceAll(';', '\t'), 'utf-16be')]),
    ],
  ])('%s: read exactly, no warning', async (_, bytes) => {
    const report = await loadGroupsReport(await fileOf('g.csv', bytes));
    expect(report.groups).toMatchObject(expected);
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('refuses UTF-16 without a BOM rather than guessing its byte order', () => {
    const err = userErrorSync(() => parseGroupsCsv(iconv.encode(text, 'utf-16le'), 'u16.csv'));
    expect(err.message).toContain('not UTF-8');
    expect(err.hint).toContain('CSV UTF-8');
  });
});

describe('Windows-1258', () => {
  it('converts a faithful file to the same groups, with a warning naming the file', async () => {
    const bytes = windows1258(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const file = await fileOf('cp1258.csv', bytes);
    const report = await loadGroupsReport(file);
    expect(report.groups).toMatchObject(expected);
    for (const g of report.groups) expect(g.name).toBe(g.name.normalize('NFC'));
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]?.describe()).toBe(
      `${file}: the file is not UTF-8: it was read as Windows-1258 (Vietnamese) and converted`,
    );
    expect(report.warnings[0]?.hint).toContain('CSV UTF-8');
  });

  it('reads a header of abbreviations with Đ ("SĐT", "Đại biểu HĐND"), as Excel on a Vietnamese Windows saves it (qa5 G3)', async () => {
    const election = [
      'STT;Tên thôn;Trưởng thôn;SĐT;Số hộ;Đại biểu HĐND;Khu vực bỏ phiếu',
      '1;Thôn Đông;Nguyễn Văn Thưởng;0905 111 222;312;Lê Thị Ữa;KVBP số 1',
      '5;Thôn Ỷ La;Đinh Văn Đẩu;0905 111 226;198;Trần Văn Kỷ;KVBP số 3',
    ];
    const file = await fileOf('bau-cu.csv', windows1258(`${election.join('\r\n')}\r\n`));
    const report = await loadGroupsReport(file);
    expect(report.groups.map(({ source: _, ...g }) => g)).toEqual([
      {
        id: '1',
        name: 'Thôn Đông',
        leader: 'Nguyễn Văn Thưởng',
        phone: '0905 111 222',
        households: 312,
        columns: { 'Đại biểu HĐND': 'Lê Thị Ữa', 'Khu vực bỏ phiếu': 'KVBP số 1' },
      },
      {
        id: '5',
        name: 'Thôn Ỷ La',
        leader: 'Đinh Văn Đẩu',
        phone: '0905 111 226',
        households: 198,
        columns: { 'Đại biểu HĐND': 'Trần Văn Kỷ', 'Khu vực bỏ phiếu': 'KVBP số 3' },
      },
    ]);
    expect(report.warnings.map((w) => w.describe('vi'))).toEqual([
      `${file}: tệp không ở dạng UTF-8: đã đọc theo bảng mã Windows-1258 (tiếng Việt) và chuyển đổi`,
    ]);
  });

  it('refuses a file whose letters were already lost to "?"', () => {
    const lossy = iconv.encode(text, 'windows1258');
    expect(iconv.decode(lossy, 'windows1258')).toContain('Nguy?n');
    const err = userErrorSync(() => parseGroupsCsv(lossy, 'lossy.csv'));
    expect(err.where).toEqual({ file: 'lossy.csv' });
    // Lost, not "not UTF-8 (looks like windows-1258)": no encoding brings them back.
    expect(err.message).toMatch(/^the file's Vietnamese letters were replaced by "\?"/);
    expect(err.hint).toContain('CSV UTF-8 (Comma delimited)');
  });

  it.each([
    ['Western (Windows-1252) text', iconv.encode('STT;Tên tổ\r\n1;Café Müller\r\n', 'windows1252')],
    ['Latin-1 Spanish', iconv.encode('STT;Tên\r\n1;Señor Núñez\r\n', 'latin1')],
    ['bytes undefined in Windows-1258', new Uint8Array([0x53, 0x3b, 0x81, 0x8a, 0x0d, 0x0a])],
  ])('does not take %s for Vietnamese', (_, bytes) => {
    const err = userErrorSync(() => parseGroupsCsv(bytes, 'other.csv'));
    expect(err.message).toMatch(/^the file is not UTF-8/);
  });
});

describe('a CSV saved from Excel as plain "CSV" (ANSI) from a sheet typed in a legacy font (qa37 m1)', () => {
  const lines = [HEADER, ...ROWS];
  it('says TCVN3, not Windows-1258, and that saving as CSV UTF-8 lets the tool convert it', () => {
    // What Excel writes for a .VnTime sheet saved as "CSV (Comma delimited)": the font's bytes.
    const ansi = Buffer.from(lines.map(tcvn3).join('\r\n'), 'latin1');
    const err = userErrorSync(() => parseGroupsCsv(ansi, 'ansi.csv'));
    expect(err.where).toEqual({ file: 'ansi.csv' });
    expect(err.say('vi')).toBe(
      'tệp CSV được lưu dạng ANSI (“CSV (Comma delimited)”), không phải UTF-8, với chữ gõ bằng phông TCVN3 (ABC)',
    );
    expect(err.hintIn('vi')).toContain('CSV UTF-8');
  });

  it('says VNI, with how to convert it in Unikey', () => {
    const vni =
      'STT;Teân toå;Toå tröôûng\r\n1;Toå daân phoá soá 1;Nguyeãn Vaên Huøng\r\n2;Toå daân phoá soá 2;Traàn Thò Thu Haèng\r\n';
    const err = userErrorSync(() => parseGroupsCsv(Buffer.from(vni, 'latin1'), 'vni.csv'));
    expect(err.say('vi')).toBe(
      'tệp CSV được lưu dạng ANSI (“CSV (Comma delimited)”), không phải UTF-8, với chữ gõ bằng phông VNI',
    );
    expect(err.hintIn('vi')).toContain('Unikey');
    expect(err.hintIn('vi')).toContain('Unicode dựng sẵn');
  });
});

describe('text typed with a legacy font into a Unicode file', () => {
  it('shows as garbled Latin: TCVN3 and VNI spellings of the test names', () => {
    expect(tcvn3('Nguyễn Văn Hùng')).toBe('NguyÔn V¨n Hïng');
    expect(tcvn3('Tổ dân phố số 1')).toBe('Tæ d©n phè sè 1');
  });

  it('converts TCVN3 (ABC) cells, header included, with one warning quoting an example', () => {
    const lines = [HEADER, ...ROWS].map((l, i) => (i === 0 || i === 2 ? tcvn3(l) : l));
    expect(lines[0]).toBe('STT;Tªn tæ d©n phè;Tæ tr\u00adëng;§Þa chØ nhµ v¨n hãa');
    const report = parseGroupsCsv(utf8(lines.join('\n')), 'abc.csv');
    expect(report).toMatchObject(expected);
    expect(report[1]?.venue).toBe('Ngõ 5 đường Trường Chinh');
  });

  it('reports the conversion as a warning with row, column and an example', async () => {
    const lines = [HEADER, ...ROWS.map((r, i) => (i === 1 ? tcvn3(r) : r))];
    const report = await loadGroupsReport(await fileOf('abc.csv', utf8(lines.join('\n'))));
    expect(report.groups).toMatchObject(expected);
    const [warning] = report.warnings;
    expect(warning?.where).toMatchObject({ row: 3, field: 'Tên tổ dân phố' });
    expect(warning?.message).toContain('typed with a TCVN3 (ABC) font were converted');
    expect(warning?.message).toContain('"Tæ d©n phè CÇu §Êt" → "Tổ dân phố Cầu Đất"');
    expect(warning?.hint).toContain('Unikey');
  });

  it('refuses a cell of a TCVN3 file that reads as Vietnamese either way', () => {
    // "Số 5" typed with .VnTime is "Sè 5": a real word both ways, so it cannot be guessed.
    const row4 = `4;${tcvn3('Tổ dân phố số 4')};Lê Văn Tư;${tcvn3('Số 5')}`;
    const lines = [HEADER, ...ROWS.slice(0, 2).map(tcvn3), row4];
    expect(lines[3]).toContain(';Sè 5');
    const err = userErrorSync(() => parseGroupsCsv(utf8(lines.join('\n')), 'abc.csv'));
    expect(err.where).toEqual({ file: 'abc.csv', row: 4, field: 'Địa chỉ nhà văn hóa' });
    expect(err.message).toContain('("Sè 5" or "Số 5")');
    expect(err.hint).toContain('Unikey');
  });

  it('refuses a capital with a tone: TCVN3 has no fixed code point for it', () => {
    const cell = tcvn3('Phạm Đức Ánh');
    const err = userErrorSync(() =>
      parseGroupsCsv(utf8(`STT;Tên tổ;Tổ trưởng\n1;Tổ 1;${cell}\n`), 'a.csv'),
    );
    expect(err.where).toEqual({ file: 'a.csv', row: 2, field: 'Tổ trưởng' });
    expect(err.message).toContain('TCVN3 (ABC) font');
  });

  it('refuses TCVN3 capitals from a .VnTimeH font: the case cannot be known', () => {
    const caps = tcvn3('nguyễn văn hùng').replace(/[a-z]/g, (c) => c.toUpperCase());
    expect(caps).toBe('NGUYÔN V¨N HïNG');
    const csv = `STT;Tên tổ dân phố;Tổ trưởng\n1;Tổ 1;${caps}\n`;
    const err = userErrorSync(() => parseGroupsCsv(utf8(csv), 'caps.csv'));
    expect(err.where).toEqual({ file: 'caps.csv', row: 2, field: 'Tổ trưởng' });
    expect(err.message).toContain('TCVN3 (ABC) font');
    expect(err.hint).toContain('Chuyển mã');
  });

  it('refuses VNI text, naming file, row and column, and says how to convert it', () => {
    const csv =
      'STT;Tên tổ dân phố;Tổ trưởng\n1;Tổ 1;Nguyễn Văn Hùng\n2;Toå 2;Nguyeãn Vaên Huøng\n';
    const err = userErrorSync(() => parseGroupsCsv(utf8(csv), 'vni.csv'));
    expect(err.where).toEqual({ file: 'vni.csv', row: 3, field: 'Tên tổ dân phố' });
    expect(err.message).toContain('VNI font');
    // Not "would print as": the file is refused, so the office is told what it must do (qa37 m2).
    expect(err.say('vi')).toBe(
      'chữ được gõ bằng phông VNI, không phải Unicode; công cụ không tự chuyển mã được phông VNI (“Toå 2” có lẽ là “Tổ 2”)',
    );
    expect(err.hintIn('vi')).toContain('Unicode dựng sẵn');
    expect(err.hint).toContain('Unikey');
    expect(err.hint).toContain('VNI Windows');
  });

  it('prints Ê Đê names with Ñ as typed, with one warning for the file', async () => {
    // "Ñ" is VNI's Đ, but here the rest of each cell is plain Unicode Vietnamese.
    const csv =
      "STT;Tên buôn;Trưởng buôn\n1;Buôn Ñing;Y Ñuôn Niê\n2;Buôn Ea Knốp;H'Ñiê Mlô\n3;Buôn Tuôr;Y Ñu\n";
    const report = await loadGroupsReport(await fileOf('ede.csv', utf8(csv)));
    expect(report.groups.map((g) => [g.name, g.leader])).toEqual([
      ['Buôn Ñing', 'Y Ñuôn Niê'],
      ['Buôn Ea Knốp', "H'Ñiê Mlô"],
      ['Buôn Tuôr', 'Y Ñu'],
    ]);
    const said = report.warnings.filter((w) => w.message.includes('Ñ'));
    expect(said).toHaveLength(1);
    expect(said[0]?.where).toMatchObject({ row: 2, field: 'Tên buôn' });
    expect(said[0]?.message).toContain('"Buôn Ñing"');
    expect(said[0]?.hint).toContain('VNI');
  });

  it('still refuses a file whose other cells are VNI, Ñ or not', () => {
    const csv = 'STT;Tên tổ;Tổ trưởng\n1;Tổ 1;Ñinh Vaên Ñoâ\n2;Tổ 2;Y Ñu\n';
    const err = userErrorSync(() => parseGroupsCsv(utf8(csv), 'vni2.csv'));
    expect(err.where).toEqual({ file: 'vni2.csv', row: 2, field: 'Tổ trưởng' });
    expect(err.say('vi')).toContain('(“Ñinh Vaên Ñoâ” có lẽ là “Đinh Văn Đô”)');
    const later = 'STT;Tên tổ;Tổ trưởng\n1;Tổ 1;Y Ñu\n2;Tổ 2;Nguyeãn Vaên Huøng\n';
    const err2 = userErrorSync(() => parseGroupsCsv(utf8(later), 'vni3.csv'));
    expect(err2.where).toEqual({ file: 'vni3.csv', row: 3, field: 'Tổ trưởng' });
  });

  it('leaves foreign names and plain Vietnamese alone', () => {
    const csv = 'STT;Tên tổ dân phố;Tổ trưởng\n1;Tổ Hà Nam;Müller José\n2;Tân Hà;Lê Chân\n';
    const groups = parseGroupsCsv(utf8(csv), 'ok.csv');
    expect(groups.map((g) => [g.name, g.leader])).toEqual([
      ['Tổ Hà Nam', 'Müller José'],
      ['Tân Hà', 'Lê Chân'],
    ]);
  });
});

describe('rosters share the decoding path', () => {
  // No capitals with tones: TCVN3 has no fixed code points for them (see the .VnTimeH test).
  const roster =
    'STT;Họ và tên;Địa chỉ\r\n1;Nguyễn Văn Hùng;Ngõ 5 đường Lạch Tray\r\n2;Đỗ Thị Lan;Số 7 phố Tô Hiệu\r\n';

  it('converts a Windows-1258 roster', async () => {
    const report = await parseRosterReport(windows1258(roster), 'r.csv');
    expect(report.residents.map((r) => r.name)).toEqual(['Nguyễn Văn Hùng', 'Đỗ Thị Lan']);
    expect(report.warnings[0]?.message).toContain('Windows-1258');
  });

  it('converts TCVN3 names without quoting them (personal data)', async () => {
    const report = await parseRosterReport(utf8(tcvn3(roster)), 'r.csv');
    expect(report.residents.map((r) => [r.name, r.address])).toEqual([
      ['Nguyễn Văn Hùng', 'Ngõ 5 đường Lạch Tray'],
      ['Đỗ Thị Lan', 'Số 7 phố Tô Hiệu'],
    ]);
    expect(report.warnings[0]?.message).not.toContain('Hùng');
    expect(report.warnings[0]?.message).not.toContain('Hïng');
  });

  it('refuses a VNI roster without quoting the name', async () => {
    const err = await userError(() =>
      parseRosterReport(utf8('Họ và tên\nNguyeãn Vaên Huøng\n'), 'r.csv'),
    );
    expect(err.where).toEqual({ file: 'r.csv', row: 2, field: 'Họ và tên' });
    expect(err.message).toContain('VNI');
    expect(err.describe()).not.toContain('Nguye');
  });
});
