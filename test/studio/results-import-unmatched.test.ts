/**
 * The studio's results import refuses, as `report --results` does (qa54 M2), a file with a
 * column of figures that is no measure's while a measure has no column: the figures are there
 * under a header the tool does not know, and importing the rest would leave that measure "chưa
 * báo cáo". Nothing of the file is saved, and the page says so in the office's words: the
 * file's column and the measures by their labels, and the header to give the column. Real
 * sockets on loopback, the example campaign's own measures (read from its campaign.yaml).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, officeGroupPath, openedWithGroups, visible } from './results-figures.js';
import type { Client, TestStudio } from './studio.js';

const SLUG = 'hai-phong';
const IMPORT = `/c/${SLUG}/results/import`;
/** A header the office typed for one of the measures, in no measure's words. */
const STRAY = 'Số người đạt giải';

let s: TestStudio;
let office: Client;
let labels: string[];

beforeAll(async () => {
  let folder: string;
  ({ s, office, folder } = await openedWithGroups(GROUPS));
  const measures: { label: string }[] = parse(
    await readFile(join(folder, 'campaign.yaml'), 'utf8'),
  ).measures;
  labels = measures.map((m) => m.label);
  expect(labels).toHaveLength(3);
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

const upload = (name: string, text: string) =>
  office.upload(IMPORT, 'file', name, new TextEncoder().encode(text), {}, IMPORT);

/** Tổ dân phố số 1's page says no figure saved. */
async function nothingSaved() {
  const page = visible(
    (await office.get(await officeGroupPath(office, SLUG, 'Tổ dân phố số 1'))).text,
  );
  expect(page).not.toContain('Số đã lưu');
}

describe('a results file whose column of figures is no measure’s (qa54 M2, studio)', () => {
  it('refuses the file, names the column and the measure left without one, saves nothing', async () => {
    const [joined, certified, app] = labels;
    const refused = await upload(
      'ket-qua.csv',
      `Mã tổ;${joined};${STRAY};${app}\n1;120;30;80\n2;90;12;60\n`,
    );
    expect(refused.status).toBe(422);
    const text = visible(refused.text);
    expect(text).toContain(
      `Không nhận tệp ket-qua.csv, chưa lưu số liệu nào của tệp: cột “${STRAY}” có số liệu nhưng không khớp với chỉ tiêu nào của chiến dịch, trong khi tệp không có cột nào cho chỉ tiêu “${certified}”.`,
    );
    expect(text).toContain(`đổi tiêu đề cột “${STRAY}” thành “${certified}” rồi tải tệp lên lại.`);
    // No preview of the rows read, nothing to confirm, no CLI words.
    expect(refused.text).not.toContain('/confirm');
    expect(text).not.toMatch(/campaign\.yaml|chưa có số liệu nào của tệp được nhập|\(chung_nhan\)/);
    await nothingSaved();
  });

  it('names every measure left without a column when several are', async () => {
    const [joined, certified, app] = labels;
    const refused = await upload('ket-qua.csv', `Mã tổ;${joined};${STRAY}\n1;120;30\n`);
    expect(refused.status).toBe(422);
    expect(visible(refused.text)).toContain(
      `trong khi tệp không có cột nào cho các chỉ tiêu “${certified}”, “${app}”. Nếu đó là số liệu của một trong các chỉ tiêu này, đổi tiêu đề cột “${STRAY}” thành đúng tên chỉ tiêu đó (ví dụ “${certified}”) rồi tải tệp lên lại.`,
    );
    await nothingSaved();
  });

  it('asks each of several columns to be headed as its measure', async () => {
    const [joined, certified] = labels;
    const refused = await upload(
      'ket-qua.csv',
      `Mã tổ;${joined};${STRAY};Số hộ cài app\n1;120;30;80\n`,
    );
    expect(refused.status).toBe(422);
    expect(visible(refused.text)).toContain(
      `các cột “${STRAY}”, “Số hộ cài app” có số liệu nhưng không khớp với chỉ tiêu nào của chiến dịch, trong khi tệp không có cột nào cho các chỉ tiêu “${certified}”, “${labels[2]}”. Đổi tiêu đề của mỗi cột đó thành đúng tên chỉ tiêu của nó (ví dụ “${certified}”) rồi tải tệp lên lại.`,
    );
    await nothingSaved();
  });

  it('still imports a file leaving a measure out with no stray figures', async () => {
    const [joined] = labels;
    const preview = await upload('ket-qua.csv', `Mã tổ;${joined};Ghi chú\n1;120;gọi điện\n`);
    expect(preview.status).toBe(200);
    expect(visible(preview.text)).toContain('Sẽ lưu');
  });
});
