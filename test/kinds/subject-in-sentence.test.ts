/**
 * A trích yếu typed as a headline ("Ra quân tổng vệ sinh…", capital first) reads lower case where
 * a sentence carries it — after "V/v" in a công văn and after "về việc" in the report (qa17: "về
 * việc Tổ chức…") — and keeps its capital as a named document's headline; a name or abbreviation
 * that starts it keeps its capitals. Read back from the PDFs with pdftotext.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lowerFirstWord } from '../../src/model/format.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const SUBJECT = 'Ra quân tổng vệ sinh môi trường phòng, chống sốt xuất huyết';
const campaignOf = (symbol: string, subject = SUBJECT) => `issued: 2026-11-20
issuer:
  name: [UBND PHƯỜNG AN HẢI, VĂN PHÒNG]
  ward: phường An Hải
  place: Đà Nẵng
  office: Văn phòng HĐND và UBND
notice:
  number: 41
  symbol: ${symbol}
  subject: ${subject}
  recipients: [Trưởng các tổ dân phố]
  body: Đề nghị các tổ dân phố ra quân tổng vệ sinh vào sáng Chủ nhật./.
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Lê Văn Tâm }
  cc: ["Lưu: VT."]
measures:
  - { id: ra_quan, label: Số hộ ra quân, of: households }
`;
const GROUPS = 'STT;Tên tổ dân phố;Số hộ\n1;Tổ dân phố số 1;120\n2;Tổ dân phố số 2;140\n';

let dir = '';
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-subject-');
  await writeFile(join(dir, 'groups.csv'), GROUPS);
});
afterAll(removeTempDirs);

async function noticeText(name: string, yaml: string) {
  const campaign = join(dir, `${name}.yaml`);
  await writeFile(campaign, yaml);
  const out = join(dir, `out-${name}`);
  const run = await runCliInProcess(
    buildArgs(campaign, join(dir, 'groups.csv'), out, '--kind', 'notice'),
  );
  expect(run.code, run.stderr).toBe(0);
  return {
    campaign,
    text: collapseSpaces(await pdfText(join(out, 'to-dan-pho-so-1', 'notice.pdf'))),
  };
}

/** The subject as a sentence carries it: its first letter lower case. */
const inSentence = `${SUBJECT.charAt(0).toLocaleLowerCase('vi')}${SUBJECT.slice(1)}`;

describe('a trích yếu typed with a capital', () => {
  it('reads lower case after "V/v" in a công văn, and in the report after "về việc"', async () => {
    const { campaign, text } = await noticeText('cong-van', campaignOf('UBND-VP'));
    expect(text).toContain(`V/v ${inSentence}`);
    expect(text).not.toContain(`V/v ${SUBJECT}`);
    const results = join(dir, 'ket-qua.csv');
    await writeFile(results, 'STT;Số hộ ra quân\n1;100\n2;120\n');
    const out = join(dir, 'bao-cao');
    const run = await runCliInProcess([
      'report',
      ...['--campaign', campaign, '--groups', join(dir, 'groups.csv'), '--results', results],
      ...['--date', '2026-11-30', '--out', out],
    ]);
    expect(run.code, run.stderr).toBe(0);
    const report = collapseSpaces(await pdfText(join(out, 'report.pdf')));
    expect(report).toContain(`về việc ${inSentence}`);
  });

  it('keeps its capital as a named document’s headline', async () => {
    const { text } = await noticeText('thong-bao', campaignOf('TB-UBND'));
    expect(text).toContain(SUBJECT);
  });

  it('keeps a name’s or an abbreviation’s capitals', () => {
    expect(lowerFirstWord('UBND phường tổ chức ngày hội')).toBe('UBND phường tổ chức ngày hội');
    expect(lowerFirstWord('Hải Phòng tổ chức cuộc thi')).toBe('Hải Phòng tổ chức cuộc thi');
    expect(lowerFirstWord('VNeID mức 2')).toBe('VNeID mức 2');
    expect(lowerFirstWord('tăng cường phòng, chống dịch')).toBe('tăng cường phòng, chống dịch');
  });
});
