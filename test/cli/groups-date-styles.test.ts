/**
 * One column, one date style (qa55 p8): a poverty review's groups workbook typed "Hạn nộp phiếu"
 * as text, "20/4/2027", but tổ 2's cell was an Excel date shown "21/04/2027", and the tổ's
 * notices printed the two styles. A date cell in a column whose typed dates have no leading
 * zeros prints so too ("21/4/2027"); a column of date cells alone prints as Excel shows it. The
 * notice's text of each tổ from `build --kind notice`.
 */
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { xlsxBytes } from '../support/inputs.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

const { path, write } = testFolder('phuong-print-groups-date-styles-');

const DUE = 'Hạn nộp phiếu';
const day = (d: number) => new Date(Date.UTC(2027, 3, d));

async function noticesOf(name: string, dues: (string | Date)[]) {
  const campaign = await write(
    `${name}.yaml`,
    measureCampaign('{ id: ho, label: Số hộ đã rà soát, of: households }').replace(
      'body: Đề nghị các đơn vị triển khai./.',
      `body: "Hạn nộp phiếu của tổ: {{group.[${DUE}]}}./."`,
    ),
  );
  const bytes = await xlsxBytes(
    {
      'Danh sách': [
        ['STT', 'Tên tổ dân phố', 'Số hộ', DUE],
        ...dues.map((due, i) => [i + 1, `Tổ dân phố số ${i + 1}`, 100 + i, due]),
      ],
    },
    (ws) => {
      ws.getColumn(4).numFmt = 'dd/mm/yyyy';
    },
  );
  const groups = path(`${name}.xlsx`);
  await writeFile(groups, bytes);
  const r = await runCliInProcess(
    buildArgs(campaign, groups, path(name), '--kind', 'notice', '--lang', 'vi'),
  );
  expect(r.code, r.stderr).toBe(0);
  return Promise.all(
    dues.map(async (_, i) =>
      collapseSpaces(await pdfText(path(`${name}/to-dan-pho-so-${i + 1}/notice.pdf`))),
    ),
  );
}

describe('a date column typed and dated alike (qa55 p8)', () => {
  it('prints a date cell as the column’s typed dates are written', async () => {
    const [first, second] = await noticesOf('mixed', ['20/4/2027', day(21), '22/4/2027']);
    expect(first).toContain('Hạn nộp phiếu của tổ: 20/4/2027');
    expect(second).toContain('Hạn nộp phiếu của tổ: 21/4/2027');
  });

  it('prints a column of date cells as Excel shows them', async () => {
    const [first] = await noticesOf('dated', [day(20), day(21)]);
    expect(first).toContain('Hạn nộp phiếu của tổ: 20/04/2027');
  });
});
