/**
 * A measure taken against a count column counts what the column's header says (qa19 finding 1):
 * "Số hộ vùng trũng" counts households (rows ticked "x", "……… hộ / 80 hộ vùng trũng"), "Số học
 * sinh" people ("……… học sinh / 210 học sinh", each household writing how many of its own),
 * "Số chó" dogs ("……… chó / 75 chó", "số chó của hộ"). Everything was said as people before. And
 * `check` no longer tells a label counting households to take the whole ward's households when
 * its column is itself a count of households. Expected words come from the headers written here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { measureCampaign } from '../support/measure-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { testFolder } from '../support/tmp.js';

/** A thôn's figures: households, population, and three count columns. */
const THON = { id: '1', name: 'Thôn Đông', slug: 'thon-dong', low: 80, pupils: 210, dogs: 75 };
const HEADERS = { low: 'Số hộ vùng trũng', pupils: 'Số học sinh', dogs: 'Số chó' };

const GROUPS = `Mã thôn;Tên thôn;Trưởng thôn;Số hộ;Số nhân khẩu;${HEADERS.low};${HEADERS.pupils};${HEADERS.dogs}
${THON.id};${THON.name};Nguyễn Văn A;312;1102;${THON.low};${THON.pupils};${THON.dogs}
2;Thôn Tây;Lê Thị B;288;990;60;185;70
`;

const campaignOf = (label: string, of: string) =>
  measureCampaign(`{ id: chinh, label: ${label}, of: ${of} }`);

const { write, path } = testFolder('phuong-print-measure-noun-');

/** The tracking sheet of Thôn Đông, as text, with the build's warnings. */
async function sheet(label: string, of: string, name: string) {
  const campaign = await write(`${name}.yaml`, campaignOf(label, of));
  const groups = await write('groups.csv', GROUPS);
  const out = path(`out-${name}`);
  const run = await runCliInProcess([
    ...buildArgs(campaign, groups, out, '--kind', 'tracker', '--lang', 'vi'),
  ]);
  expect(run.code, run.stderr).toBe(0);
  return collapseSpaces(await pdfText(join(out, THON.slug, 'tracker.pdf')));
}

describe('the tracking sheet of a measure taken against a count column', () => {
  it('"Số hộ vùng trũng": households, each row ticked', async () => {
    const label = 'Số hộ vùng trũng đã được hướng dẫn sơ tán';
    const text = await sheet(label, HEADERS.low, 'low');
    expect(text).toContain(`${label}: ……… hộ / ${THON.low} hộ vùng trũng = ……… %`);
    // The rows are said as the kind of household the column counts (qa54), not "hộ gia đình".
    expect(text).toContain('Đánh dấu “x” vào ô khi hộ vùng trũng đã làm xong việc đó.');
    expect(text).not.toContain('số người');
    expect(text).not.toContain('……… người');
  });

  it('"Số học sinh": people, each household writing how many of its own', async () => {
    const label = 'Số học sinh đã tham gia BHYT';
    const text = await sheet(label, HEADERS.pupils, 'pupils');
    expect(text).toContain(`${label}: ……… học sinh / ${THON.pupils} học sinh = ……… %`);
    expect(text).toContain(
      'Mỗi dòng là một hộ: ghi vào ô số học sinh trong hộ đã làm xong việc đó.',
    );
  });

  it('"Số chó": dogs on both sides, the household writing its dogs', async () => {
    const label = 'Số con chó đã tiêm phòng';
    const text = await sheet(label, HEADERS.dogs, 'dogs');
    expect(text).toContain(`${label}: ……… chó / ${THON.dogs} chó = ……… %`);
    expect(text).toContain('Mỗi dòng là một hộ: ghi vào ô số chó của hộ đã làm xong việc đó.');
    expect(text).not.toContain('số người');
  });
});

describe('check of a label counting households', () => {
  it('says nothing when its column counts households too', async () => {
    const label = 'Số hộ vùng trũng đã được hướng dẫn sơ tán';
    const run = await checkVi(
      await write('check-low.yaml', campaignOf(label, HEADERS.low)),
      await write('groups.csv', GROUPS),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('đếm số hộ');
    expect(run.stderr).not.toContain('of: households');
  });

  it('still warns when its column counts something else', async () => {
    const label = 'Số hộ đã tiêm phòng cho chó';
    const run = await checkVi(
      await write('check-dogs.yaml', campaignOf(label, HEADERS.dogs)),
      await write('groups.csv', GROUPS),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `“${label}” đếm số hộ, nhưng tỷ lệ lại tính theo cột “${HEADERS.dogs}”`,
    );
  });

  it('warns a label counting people taken against a column of households', async () => {
    const label = 'Số người được sơ tán';
    const run = await checkVi(
      await write('check-people.yaml', campaignOf(label, HEADERS.low)),
      await write('groups.csv', GROUPS),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `“${label}” đếm số người, nhưng tỷ lệ lại tính theo cột “${HEADERS.low}”, là cột đếm số hộ`,
    );
  });
});
