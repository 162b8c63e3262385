/**
 * A group's name that ends in a place after a dash (qa15): "Tổ dân phố Khu tái định cư Đồng Tàu
 * - Khu đô thị mới Linh Đàm…" is a tổ dân phố whose estate is named after the dash, not a "khu";
 * "Khu phố Chánh Nghĩa Mới - Khu dân cư Hiệp Thành 3…" a khu phố, not a "khu dân cư". The
 * tracking sheet and the flyer of that group, built by `build` from the whole groups file and
 * read back with pdftotext, say the word the name begins with and the leader column's header
 * says ("Tổ trưởng", "Trưởng khu phố"), and the build warns of no mixed words.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const CAMPAIGN = `issued: 2026-05-04
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG HOÀNG LIỆT]
  ward: phường Hoàng Liệt
  place: Hoàng Liệt
  office: Phòng Văn hóa - Xã hội
title: Chiến dịch diệt bọ gậy, phòng chống sốt xuất huyết
notice:
  number: 8
  symbol: UBND-VHXH
  subject: triển khai chiến dịch diệt bọ gậy
  recipients: ["{{group.name}}"]
  body: |
    Ủy ban nhân dân phường đề nghị {{term.groups}} triển khai các nội dung sau.
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Trần Thị Mỹ Hạnh }
  cc: [Như trên;]
actions:
  - step: Lật úp các vật dụng chứa nước đọng.
    column: Đã dọn vật chứa nước
measures:
  - { id: ho_sach, label: Số hộ đã dọn vật chứa nước, of: households }
`;

/** The groups file as the tester's (longname.csv): the second name's estate after a dash. */
const TO_DAN_PHO = [
  'STT,Tên tổ dân phố,Tổ trưởng,Số điện thoại,Số hộ,Số nhân khẩu',
  '1,Tổ dân phố số 1,Nguyễn Văn Hùng,0912 345 678,120,430',
  '2,Tổ dân phố Khu tái định cư Đồng Tàu - Khu đô thị mới Linh Đàm mở rộng giai đoạn 2 (cũ),Trần Thị Thu Hằng,0983 214 567,65,240',
  '',
].join('\n');

/** As vn-long.csv: one khu phố named by the old ward's residential estate after a dash. */
const KHU_PHO = [
  'Mã KP;Tên khu phố;Trưởng khu phố;SĐT;Số hộ;Số nhân khẩu',
  '9;Khu phố Chánh Nghĩa Mới - Khu dân cư Hiệp Thành 3 mở rộng (thuộc phường Phú Cường cũ);Nguyễn Hoàng Phương Uyên;0918 222 333;220;810',
  '',
].join('\n');

/** Builds `group`'s tracker, flyer and notice from `groupsCsv`: their text, one line of words each, and stderr. */
async function built(groupsCsv: string, group: string) {
  const dir = await makeTempDir('phuong-print-place-names-');
  const campaign = join(dir, 'campaign.yaml');
  const groups = join(dir, 'groups.csv');
  const out = join(dir, 'out');
  await writeFile(campaign, CAMPAIGN);
  await writeFile(groups, groupsCsv);
  const res = await runCliInProcess([
    ...buildArgs(campaign, groups, out),
    '--kind',
    'tracker,flyer,notice',
    '--group',
    group,
  ]);
  expect(res.code, res.stderr).toBe(0);
  // The group's folder: the one besides the print files, the ZIPs and the manifest.
  const [slug] = (await readdir(out)).filter(
    (f) => f !== 'print' && f !== 'zip' && !f.includes('.'),
  );
  if (!slug) throw new Error(`no group folder in ${out}`);
  // pdftotext breaks lines where the page does: one space between words.
  const text = async (kind: string) =>
    (await pdfText(join(out, slug, `${kind}.pdf`))).replace(/\s+/g, ' ');
  return {
    tracker: await text('tracker'),
    flyer: await text('flyer'),
    notice: await text('notice'),
    stderr: res.stderr,
  };
}

describe('a group named by a place after a dash (qa15)', () => {
  it('of tổ dân phố is a tổ: "Tổ trưởng", as its name begins and its column’s header says', {
    timeout: 60_000,
  }, async () => {
    const { tracker, flyer, stderr } = await built(TO_DAN_PHO, '2');
    expect(tracker).toContain('Tổ trưởng: Trần Thị Thu Hằng');
    expect(tracker).toContain('TỔ TRƯỞNG');
    expect(tracker).toContain('chỉ dùng để theo dõi trong tổ,');
    expect(flyer).toContain('Liên hệ tổ trưởng Trần Thị Thu Hằng');
    for (const text of [tracker, flyer]) {
      expect(text).not.toMatch(/[Tt]rưởng khu|TRƯỞNG KHU|trong khu,|khu dân cư/);
    }
    // Both names begin with one word: no warning that they begin with different ones.
    expect(stderr).not.toMatch(/different words/);
  });

  it('of a khu phố is a khu phố, not a "khu dân cư": "Trưởng khu phố", as its header says', {
    timeout: 60_000,
  }, async () => {
    const { tracker, flyer } = await built(KHU_PHO, '9');
    expect(tracker).toContain('Trưởng khu phố: Nguyễn Hoàng Phương Uyên');
    expect(tracker).toContain('TRƯỞNG KHU PHỐ');
    expect(tracker).toContain('chỉ dùng để theo dõi trong khu phố,');
    expect(flyer).toContain('Liên hệ trưởng khu phố Nguyễn Hoàng Phương Uyên');
    for (const text of [tracker, flyer]) {
      expect(text).not.toMatch(/[Tt]rưởng khu dân cư|TRƯỞNG KHU DÂN CƯ|trong khu dân cư/);
    }
  });
});

/**
 * A commune's thôn named by their names alone ("Đoàn Kết", "Hòa Bình"): the names say no word,
 * the columns' headers do ("Tên thôn", "Trưởng thôn"), and every page says "thôn" (qa15: they
 * printed "Tổ trưởng", "trong tổ"); the notice's copy is "Bản gửi: thôn Đoàn Kết" (qa16).
 */
describe('groups whose names say no word, under headers that do', () => {
  it.each([
    ['STT;Tên thôn;Trưởng thôn;Số hộ', 'thôn', 'Trưởng thôn', 'TRƯỞNG THÔN'],
    ['Mã ấp;Ấp;Họ tên trưởng ấp;Số hộ', 'ấp', 'Trưởng ấp', 'TRƯỞNG ẤP'],
    ['STT;Tên KP;Trưởng KP;Số hộ', 'khu phố', 'Trưởng khu phố', 'TRƯỞNG KHU PHỐ'],
  ])('%s: the ward\'s word is "%s"', { timeout: 60_000 }, async (header, word, head, HEAD) => {
    const csv = [header, '1;Đoàn Kết;Y Bhăm Niê;120', '2;Hòa Bình;Lê Văn Tám;98', ''].join('\n');
    const { tracker, flyer, notice } = await built(csv, '1');
    // The copy's mark names the group as running text does (README: "Bản gửi: thôn Đoàn Kết").
    expect(notice).toContain(`Bản gửi: ${word} Đoàn Kết, phường Hoàng Liệt`);
    expect(tracker).toContain(`${head}: Y Bhăm Niê`);
    expect(tracker).toContain(HEAD);
    expect(tracker).toContain(`chỉ dùng để theo dõi trong ${word},`);
    expect(flyer).toContain(`Liên hệ ${head.toLocaleLowerCase('vi')} Y Bhăm Niê`);
    expect(`${tracker} ${flyer}`).not.toMatch(/Tổ trưởng|TỔ TRƯỞNG|trong tổ,/);
  });
});

describe('thôn named by their names alone beside a buôn that says its word (qa17)', () => {
  const csv = [
    'STT;Tên thôn;Trưởng thôn;Số hộ',
    '1;Đoàn Kết;Y Wăn Êban;186',
    '2;Tân Lập;Nguyễn Thị Hoa;142',
    '3;Buôn Ea Knốp;H Lan Niê;95',
    '',
  ].join('\n');

  it('a thôn is a thôn, as its header says, not the buôn’s word', { timeout: 60_000 }, async () => {
    const { tracker, notice, stderr } = await built(csv, '1');
    expect(tracker).toContain('Trưởng thôn: Y Wăn Êban');
    expect(notice).toContain('Bản gửi: thôn Đoàn Kết, phường Hoàng Liệt');
    expect(`${tracker} ${notice}`).not.toMatch(/[Tt]rưởng buôn|buôn Đoàn Kết/);
    // The two unit words counted with the names that say none: two thôn, one buôn.
    expect(stderr).toMatch(/thôn: 2, buôn: 1/);
  });

  it('the buôn keeps its own word', { timeout: 60_000 }, async () => {
    const { tracker } = await built(csv, '3');
    expect(tracker).toContain('Trưởng buôn: H Lan Niê');
  });
});

describe('a tổ dân phố named by its abbreviation, "TDP số 3" (qa17)', () => {
  it('is a tổ dân phố, its name printed as typed', { timeout: 60_000 }, async () => {
    const csv = ['STT;Tên tổ;Tổ trưởng;Số hộ', '3;TDP số 3;Lê Văn Ba;120', ''].join('\n');
    const { tracker, notice } = await built(csv, '3');
    expect(notice).toContain('Bản gửi: TDP số 3, phường Hoàng Liệt');
    expect(tracker).toContain('Tổ trưởng: Lê Văn Ba');
  });
});

describe('a thôn named by its name alone, on its leader page', () => {
  it('is "thôn Đoàn Kết" in the page\'s sentences', { timeout: 60_000 }, async () => {
    const dir = await makeTempDir('phuong-print-place-site-');
    const campaign = join(dir, 'campaign.yaml');
    const groups = join(dir, 'groups.csv');
    const out = join(dir, 'out');
    await writeFile(campaign, CAMPAIGN);
    await writeFile(groups, 'STT;Tên thôn;Trưởng thôn\n1;Đoàn Kết;Y Bhăm Niê\n');
    const res = await runCliInProcess([
      ...buildArgs(campaign, groups, out),
      '--kind=checklist',
      '--site',
      '--no-site-views',
      '--secret=place-names-test-secret-0123456789',
    ]);
    expect(res.code, res.stderr).toBe(0);
    // The group's page: the folder named by its token (beside g/index.html, which is none).
    const [token] = (await readdir(join(out, 'site', 'g'))).filter((f) => !f.includes('.'));
    const page = (await readFile(join(out, 'site', 'g', token ?? '', 'index.html'), 'utf8'))
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(page).toContain('Đường dẫn này chỉ dành cho thôn Đoàn Kết:');
  });
});
