/**
 * A fee or fund's sum with no target in the list (qa43 M3): "28.800" typed for a whole tổ's
 * 28.800.000 was saved without a word, counted and printed in the report to the city. A sum
 * under 1.000 đồng for each household the list gives the tổ (under 100.000 đồng for a tổ the
 * list gives no households) is asked about, in the words of the target's "typed in thousands?"
 * question, on the leader's form and the office's "Nhập, sửa", and once confirmed is listed
 * under "Cần kiểm tra trước khi tải báo cáo". The list: Tổ dân phố số 1–4 with 250, 200, 150, 100
 * households, Tổ dân phố số 5 with none given.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldNameByLabel } from '../support/browser-form.js';
import { withMeasure } from '../support/charity-fund.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { removeTempDirs } from '../support/tmp.js';
import { leaderLinks, officeGroupPath, sendOfficeForm, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const LABEL = 'Số tiền đã thu (đồng)';
const LIST = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu
1;Tổ dân phố số 1;Nguyễn Văn Hùng;0912 345 678;250;1000
2;Tổ dân phố số 2;Trần Thị Thu Hằng;0983 214 567;200;800
3;Tổ dân phố số 3;Phạm Đức Thắng;0356 782 104;150;500
4;Tổ dân phố số 4;Lê Thị Ngọc Ánh;0868 150 932;100;400
5;Tổ dân phố số 5;Đỗ Văn Nam;0912 000 111;;
`;
const ASK = 'Có phải đã ghi theo nghìn đồng?';

let s: TestStudio;
let office: Client;
let links: Map<string, string>;
beforeAll(async () => {
  let folder: string;
  ({
    s,
    c: office,
    folder,
  } = await studioWithExample({
    baseUrl: 'https://in.phuong-le-chan.vn',
    groups: LIST,
  }));
  const yaml = join(folder, 'campaign.yaml');
  await writeFile(
    yaml,
    withMeasure(await readFile(yaml, 'utf8'), `{ id: tien, label: ${LABEL}, of: đồng }`),
  );
  links = new Map(
    [...(await leaderLinks(office, 'hai-phong'))].map(([n, u]) => [
      n,
      u.replace(/^https:\/\/[^/]+/, ''),
    ]),
  );
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

/** A leader sends `value` as the sum on the group's page; `confirm` ticks the box asked for. */
async function leaderSends(group: string, value: string, confirm = false) {
  const leader = new Client(s.url);
  const page = await leader.get(links.get(group) ?? '');
  const action = /<form class="figures" method="post" action="([^"#]+)/.exec(page.text)?.[1] ?? '';
  const hidden = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)?.[1] ?? '';
  const name = fieldNameByLabel(page.text, LABEL);
  return leader.postRaw(action, {
    form: hidden('form'),
    base: hidden('base'),
    [name]: value,
    ...(confirm ? { xac_nhan: '1' } : {}),
  });
}

describe('a sum typed in thousands where the list has no target (qa43 M3)', () => {
  it('asks the leader about 28.800 for a tổ of 150 households, saves it once confirmed', async () => {
    const asked = await leaderSends('Tổ dân phố số 3', '28.800');
    expect(asked.status).toBe(422);
    expect(visible(asked.text)).toContain(
      `“${LABEL}”: 28.800 đồng, chưa đến 1.000 đồng mỗi hộ của Tổ dân phố số 3 (150 hộ). ${ASK} Ghi đủ số đồng, ví dụ 28.800.000. Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.`,
    );
    expect(asked.text).toContain('name="xac_nhan"');
    expect((await leaderSends('Tổ dân phố số 3', '28.800', true)).status).toBe(303);
  });

  it('saves a believable sum at once: 1.200.000 for 15 of 150 households, 100.000 of a tổ without households', async () => {
    expect((await leaderSends('Tổ dân phố số 2', '1.200.000')).status).toBe(303);
    expect((await leaderSends('Tổ dân phố số 5', '100.000')).status).toBe(303);
    // The box shows the saved sum as it was typed, with its dots (qa43 m10: "12500000").
    const page = (await new Client(s.url).get(links.get('Tổ dân phố số 2') ?? '')).text;
    expect(page).toMatch(/name="[^"]+"[^>]*value="1\.200\.000"/);
    expect(page).not.toContain('value="1200000"');
  });

  it('asks under 100.000 đồng for a tổ the list gives no households', async () => {
    const asked = await leaderSends('Tổ dân phố số 5', '45.000');
    expect(asked.status).toBe(422);
    expect(visible(asked.text)).toContain(
      `“${LABEL}”: 45.000 đồng, chưa đến 100.000 đồng cho cả tổ. ${ASK} Ghi đủ số đồng, ví dụ 45.000.000.`,
    );
  });

  it('asks the office typing 90.000 for a tổ of 100 households on “Nhập, sửa”', async () => {
    const path = await officeGroupPath(office, 'hai-phong', 'Tổ dân phố số 4');
    const asked = await sendOfficeForm(office, path, { [LABEL]: '90.000' });
    expect(asked.status).toBe(422);
    expect(visible(asked.text)).toContain(
      `“${LABEL}”: 90.000 đồng, chưa đến 1.000 đồng mỗi hộ của Tổ dân phố số 4 (100 hộ). ${ASK}`,
    );
    expect(
      (await sendOfficeForm(office, path, { [LABEL]: '90.000' }, { xac_nhan: '1' })).status,
    ).toBe(303);
  });

  it('lists the confirmed sums under “Cần kiểm tra trước khi tải báo cáo”', async () => {
    const page = visible((await office.get('/c/hai-phong/results')).text);
    expect(page).toContain('Cần kiểm tra trước khi tải báo cáo:');
    expect(page).toContain('Tổ dân phố số 3: 28.800 đồng, chưa đến 1.000 đồng mỗi hộ của 150 hộ');
    // The office's own confirmed figure is checked already (as a target's is).
    expect(page).not.toContain('Tổ dân phố số 4: 90.000 đồng, chưa');
    expect(page).not.toContain('Tổ dân phố số 2: 1.200.000');
    // The ward's sum says its unit once (qa43 m4).
    expect(page).toContain('Số tiền đã thu: 1.418.800 đồng');
    expect(page).not.toContain('(đồng): 1.418.800');
    const pdf = collapseSpaces(
      await pdfText((await office.get('/c/hai-phong/results/bao-cao.pdf')).bytes),
    );
    expect(pdf).toContain(
      'Tổ dân phố số 3 (chưa xác nhận: chưa đến 1.000 đồng mỗi hộ của 150 hộ) 28.800',
    );
    expect(pdf).toContain('trong đó 28.800 đồng của 1 tổ là số liệu chưa xác nhận (khác xa số hộ)');
  });
});
