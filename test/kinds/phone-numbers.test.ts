/**
 * A telephone number stays on one line wherever text is set (qa Q2: the flyer's "điện thoại
 * 0225" at a line's end and "3842 123." on the next). The second example's flyer names the
 * leader and their phone in one sentence: leaders' names of every length put each form of number
 * an office types at every place of the line, and each number must be read whole on one line of
 * pdftotext -layout. The notice's justified body does the same for numbers in running text.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { pdfText } from '../support/pdf-text.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const EXAMPLE = fileURLToPath(new URL('../../examples/tan-dinh/campaign.yaml', import.meta.url));
const HEADER =
  'STT;Tên khu phố;Trưởng khu phố;Bí thư chi bộ;Số điện thoại;Địa điểm sinh hoạt;Số hộ;Số nhân khẩu;Ngày tập huấn';

const PHONES = ['0225 3842 123', '0912.345.678', '(0226) 3 852 456'];
const LEADERS = [
  'An',
  'Lê Văn Bình',
  'Trần Quốc Bảo Long',
  'Đỗ Thị Lan Anh',
  'Vũ Đình Khôi Nguyên',
];

const kind = (name: string) => findKind(name) as DocumentKind;

/**
 * A number's digits in order on one line, apart by nothing but its own signs: the groups file's
 * phones are printed in one form (load/groups/values.ts), "0912.345.678" as "0912 345 678".
 */
const whole = (phone: string) =>
  new RegExp(`\\(?${[...phone.replace(/\D/g, '')].join('[ .()-]*')}`, 'gu');

/** The lines of the PDF's text as laid out, each line's runs of spaces made one. */
async function lines(pdf: Uint8Array): Promise<string[]> {
  return (await pdfText(pdf, { layout: true })).split('\n').map((l) => l.replace(/\s+/gu, ' '));
}

describe('telephone numbers', () => {
  it.for(PHONES)(
    'keeps the leader phone %s on one line of the flyer, whatever goes before it',
    {
      timeout: 60_000,
    },
    async (phone) => {
      const campaign = await readFile(EXAMPLE, 'utf8');
      const split: string[] = [];
      for (const leader of LEADERS) {
        const row = `1;Khu phố 1;${leader};Phan Thanh Phúc;${phone};Điểm sinh hoạt;100;400;sáng 09/03/2026`;
        const pdf = await renderCampaignText(kind('flyer'), campaign, `${HEADER}\n${row}\n`);
        const text = await lines(pdf);
        // The flyer names the leader with the phone: the number is printed whole on a line.
        if (!text.some((l) => whole(phone).test(l)))
          split.push(`${leader}: ${text.filter((l) => /\d{3}/.test(l)).join(' | ')}`);
      }
      expect(split).toEqual([]);
    },
  );

  it('keeps phone numbers whole in the justified body of the notice', {
    timeout: 60_000,
  }, async () => {
    const yaml = await readFile(EXAMPLE, 'utf8');
    // A paragraph naming each number after words of every length: some fall at a line's end.
    const said = PHONES.flatMap((p, i) =>
      ['Gọi', 'Liên hệ trực tiếp', 'Trường hợp khẩn cấp xin liên hệ ngay số'].map(
        (w, k) => `${w} ${p} (số ${i + 1}.${k + 1});`,
      ),
    ).join(' ');
    const body = yaml.replace(
      '    Trong quá trình thực hiện,',
      `    ${said} ${said}\n\n    Trong quá trình thực hiện,`,
    );
    expect(body).not.toBe(yaml);
    const row =
      '1;Khu phố 1;An;Phan Thanh Phúc;0912 000 111;Điểm sinh hoạt;100;400;sáng 09/03/2026';
    const text = (
      await lines(await renderCampaignText(kind('notice'), body, `${HEADER}\n${row}\n`))
    ).join('\n');
    for (const p of PHONES) {
      const count = text.match(whole(p))?.length ?? 0;
      expect(count, `${p} whole on a line`).toBe(6);
    }
  });
});
