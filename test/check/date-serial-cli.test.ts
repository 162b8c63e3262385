/**
 * A groups file's cell the campaign prints as a date that holds Excel's day number ("46361": a
 * date whose cell lost its format, written so into a CSV) is warned of at its row and column,
 * with the date it likely is (qa19 finding 6); it prints as the file holds it, in a CSV as in a
 * workbook's General cell, which Excel shows as that number too. A date-formatted workbook cell
 * reads as its date and says nothing. `check --lang vi`, the command's code in this process.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGroupsFile } from '../support/cli.js';
import { xlsxBytes } from '../support/inputs.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const HEADER = ['STT', 'Tên tổ dân phố', 'Địa chỉ nhà văn hóa', 'Số hộ', 'Số nhân khẩu'];
const HINT =
  'gợi ý: Trong Excel, định dạng cột này là ngày (Format Cells › Date, kiểu dd/mm/yyyy) hoặc gõ lại từng ngày dạng 05/12/2026, rồi lưu lại tệp.';

/** The example campaign printing `line` (a top-level key) too. */
async function campaignWith(line: string): Promise<string> {
  const dir = await makeTempDir('phuong-print-date-serial-');
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, `${await readFile(EXAMPLE_CAMPAIGN, 'utf8')}\n${line}\n`);
  return file;
}

/** The warnings of `check` with their hints, those about a day number only. */
const serialWarnings = (stderr: string) => {
  const lines = stderr.split('\n');
  return lines.flatMap((l, i) => (l.includes('số ngày của Excel') ? [l, lines[i + 1] ?? ''] : []));
};

let deadline: string;
beforeAll(async () => {
  deadline = await campaignWith('when: "Trước ngày {{group.[Hạn nộp]}}"');
});

describe('an Excel day number where the campaign prints a date', () => {
  it('is warned of in a CSV and in a workbook General cell alike, with the date it likely is', async () => {
    const csv = await checkGroupsFile(
      'groups.csv',
      `${[...HEADER, 'Hạn nộp'].join(';')}\n1;Tổ dân phố số 1;Nhà văn hóa tổ 1;300;1000;5/12/2026\n2;Tổ dân phố số 2;Nhà văn hóa tổ 2;280;900;46361\n`,
      deadline,
    );
    expect(csv.code, csv.stderr).toBe(0);
    expect(serialWarnings(csv.stderr)).toEqual([
      `cảnh báo: ${csv.file}, dòng 3, cột “Hạn nộp”: “46361” có vẻ là số ngày của Excel (05/12/2026), không phải ngày tháng: giấy tờ sẽ in nguyên số “46361” như trong tệp`,
      HINT,
    ]);
    const bytes = await xlsxBytes(
      {
        'Danh sách': [
          [...HEADER, 'Hạn nộp'],
          [1, 'Tổ dân phố số 1', 'Nhà văn hóa tổ 1', 300, 1000, new Date(Date.UTC(2026, 11, 5))],
          [2, 'Tổ dân phố số 2', 'Nhà văn hóa tổ 2', 280, 900, 46361],
        ],
      },
      (ws) => {
        ws.getCell('F2').numFmt = 'dd/mm/yyyy';
      },
    );
    const xlsx = await checkGroupsFile('groups.xlsx', bytes, deadline);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(serialWarnings(xlsx.stderr)).toEqual([
      `cảnh báo: ${xlsx.file}, dòng 3, cột “Hạn nộp”: “46361” có vẻ là số ngày của Excel (05/12/2026), không phải ngày tháng: giấy tờ sẽ in nguyên số “46361” như trong tệp`,
      HINT,
    ]);
  });

  it('finds a column the text prints after "ngày", naming each row when there are several', async () => {
    const campaign = await campaignWith('where: "Nhà văn hóa tổ (từ ngày {{group.[Đợt 1]}})"');
    const r = await checkGroupsFile(
      'groups.csv',
      `${[...HEADER, 'Đợt 1'].join(';')}\n1;Tổ dân phố số 1;Nhà văn hóa tổ 1;300;1000;46361\n2;Tổ dân phố số 2;Nhà văn hóa tổ 2;280;900;46362\n3;Tổ dân phố số 3;Nhà văn hóa tổ 3;250;800;20\n`,
      campaign,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(serialWarnings(r.stderr)).toEqual([
      `cảnh báo: ${r.file}: 2 ô của cột “Đợt 1” có vẻ là số ngày của Excel, không phải ngày tháng (2: Tổ dân phố số 1: 46361 (05/12/2026); 3: Tổ dân phố số 2: 46362 (06/12/2026)): giấy tờ sẽ in nguyên các số đó như trong tệp`,
      HINT,
    ]);
  });
});
