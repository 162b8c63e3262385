/**
 * A list entry with a colon, typed unquoted as every công văn's "Nơi nhận" is (`- Lưu: VT,
 * VHXH.`), which YAML reads as a one-key group of fields (qa8 K1): checked and printed as the
 * office typed it, shown so in the studio's form; an entry that is no such text ("- Lưu:" with
 * nothing after it) is refused with the quotes that keep it a line. `check` and `build` run the
 * command's code in this process under a Vietnamese locale (runCliInProcess: the same exit code,
 * output and files, without a Node start-up each; what is read here is the campaign, not the
 * process).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formValues } from '../../src/studio/campaign-fields.js';
import { runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

/** A notice whose Nơi nhận is typed as a văn thư types it, two of its lines with a colon. */
const campaign = (cc: string) => `issued: 2026-12-01
issuer:
  name: [ỦY BAN NHÂN DÂN, XÃ HÒA PHÚ]
  ward: xã Hòa Phú
  place: Hòa Phú
  office: Văn phòng HĐND và UBND xã
notice:
  number: 12
  symbol: TB-UBND
  subject: mở lớp bình dân học vụ số
  recipients:
    - "{{group.name}}"
  body: Đề nghị các thôn thông báo đến từng hộ gia đình.
  signer:
    lines:
      - TM. ỦY BAN NHÂN DÂN
      - CHỦ TỊCH
    name: Y Bhin Niê
  cc:
    - Như trên;
    - Thường trực Đảng ủy: để báo cáo;
${cc}
`;

const vi = { env: { LANG: 'vi_VN.UTF-8' } };
let dir: string;
let groups: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-colon-');
  groups = join(dir, 'groups.csv');
  await writeFile(groups, wardCsv(1));
});
afterAll(removeTempDirs);

describe('"- Lưu: VT, VHXH." unquoted in Nơi nhận', () => {
  it('is checked, printed and shown in the form as typed', async () => {
    const file = join(dir, 'campaign.yaml');
    const text = campaign('    - Lưu: VT, VHXH.');
    await writeFile(file, text);
    const checked = await runCliInProcess(['check', '--campaign', file, '--groups', groups], vi);
    expect(checked.stderr).not.toContain('lỗi');
    expect(checked.code).toBe(0);
    const out = join(dir, 'out');
    const built = await runCliInProcess(
      ['build', '--campaign', file, '--groups', groups, '--kind', 'notice', '--out', out],
      vi,
    );
    expect(built.code).toBe(0);
    const printed = collapseSpaces(await pdfText(join(out, 'to-dan-pho-so-1', 'notice.pdf')));
    expect(printed).toContain('Lưu: VT, VHXH.');
    expect(printed).toContain('Thường trực Đảng ủy: để báo cáo;');
    // The studio's Nơi nhận field, read from the same file.
    expect(formValues(parseDocument(text).toJS())['notice.cc']).toBe(
      'Như trên;\nThường trực Đảng ủy: để báo cáo;\nLưu: VT, VHXH.',
    );
  });

  it('"- Lưu:" with nothing after it is refused at its line, with the quotes to write', async () => {
    const file = join(dir, 'empty-value.yaml');
    const text = campaign('    - Lưu:');
    await writeFile(file, text);
    const r = await runCliInProcess(['check', '--campaign', file, '--groups', groups], vi);
    expect(r.code).toBe(1);
    const line = text.split('\n').indexOf('    - Lưu:') + 1;
    // The entry counted from 1, as the office counts (qa7 L5: not "notice.cc.2").
    expect(r.stderr).toContain(`${file}, dòng ${line}, mục thứ 3 của “notice.cc”: `);
    expect(r.stderr).toContain('viết cả dòng trong ngoặc kép, ví dụ - "Lưu:"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
