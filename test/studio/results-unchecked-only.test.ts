import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARITY_LABEL as LABEL, makeCharityFolder } from '../support/charity-fund.js';
import { workbook } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';
import { storePreviewed, visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const SLUG = 'hai-phong';
const RESULTS = `/c/${SLUG}/results`;
const IMPORT = `${RESULTS}/import`;
/** The sheet the office imports: Tổ 1 over its 15.000.000, Tổ 7 ten times its 15.000.000. */
const FIGURES = { 'Tổ dân phố 7': 150_000_000 };
const vi = (n: number) => n.toLocaleString('de-DE');

let s: TestStudio;
let office: Client;
beforeAll(async () => {
  let folder: string;
  ({ s, c: office, folder } = await studioWithExample());
  await makeCharityFolder(folder);
  const bytes = await workbook({
    'Kết quả': [
      ['Tên tổ dân phố', LABEL],
      ...Object.entries(FIGURES).map(([name, v]) => [name, vi(v)]),
    ],
  });
  const preview = await office.upload(IMPORT, 'file', 'ket-qua.xlsx', bytes, {}, IMPORT);
  const stored = await storePreviewed(office, preview.text);
  expect(stored.status).toBeLessThan(400);
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('only unconfirmed figures reported', () => {
  it('Kết quả claims no rate over them, and says they await the check', async () => {
    const page = (await office.get(RESULTS)).text;
    const line = visible(/<ul class="totals">[\s\S]*?<\/ul>/.exec(page)?.[0] ?? '');
    expect(line).toContain(
      // The label without its unit "(đồng)", said after the figures (qa56 p5).
      `${LABEL.replace(' (đồng)', '')}: chưa có tỷ lệ ở 1 tổ đã báo cáo: số liệu chưa được văn phòng xác nhận, đang chờ kiểm tra (${vi(150_000_000)} / ${vi(15_000_000)}`,
    );
    expect(line).toContain('chưa có tỷ lệ nếu không tính số liệu chưa xác nhận');
    expect(line).not.toContain('0,0%');
  });
});
