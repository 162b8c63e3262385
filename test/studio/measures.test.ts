/**
 * The figures each group reports (campaign.yaml's `measures`) as a field of the studio's form:
 * one line a figure, "label | người", "label | hộ" or "label | <a count column of the list>"
 * (an election's "Số cử tri"). What is saved is what the CLI's loader reads;
 * a figure already in the file keeps its id when its label is reworded (the figures reported
 * are stored under it); a line the form cannot read is named, by its line, next to the field.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCampaign } from '../../src/load/campaign.js';
import { removeTempDirs } from '../support/tmp.js';
import { openCampaignPage } from './campaign-page.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const EXAMPLE = 'examples/hai-phong/campaign.yaml';

/** The text of the form's "Chỉ tiêu" box on the page. */
const measuresBox = (page: string) =>
  /<textarea id="f-measures"[^>]*>([^<]*)<\/textarea>/
    .exec(page)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the measures field of the campaign form', () => {
  let s: TestStudio;
  let c: Client;
  let file: string;
  let example: { id: string; label: string; of: string }[];
  beforeAll(async () => {
    const started = await studioWithExample({}, 'hai-phong');
    s = started.s;
    c = started.c;
    file = join(started.folder, 'campaign.yaml');
    example = parse(await readFile(EXAMPLE, 'utf8')).measures;
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('shows the campaign’s measures, one a line with what its rate is taken against', async () => {
    const page = await c.get('/c/hai-phong');
    expect(page.text).toContain('Số liệu báo cáo (chỉ tiêu)');
    expect(page.text).not.toContain('<code>measures</code>');
    const want = example
      .map((m) => `${m.label} | ${m.of === 'people' ? 'người' : 'hộ'}`)
      .join('\n');
    expect(measuresBox(page.text)).toBe(want);
  });

  it('saves a reworded, a replaced and an added line; ids of kept figures stay, not of replaced ones', async () => {
    const form = await openCampaignPage(c, 'hai-phong');
    const [first, second, third] = example;
    expect([second?.of, third?.of]).toEqual(['people', 'households']);
    const lines = [
      `${first?.label} | người`,
      // The second figure reworded on its line, still counting people.
      'Số người dân được nhận giấy chứng nhận | người dân',
      // Another figure typed over the third (households): people now.
      'Số người dự buổi tập huấn | người',
      'Số hộ đã cài ứng dụng trên điện thoại | hộ gia đình',
    ];
    const saved = await c.postRaw('/c/hai-phong', { ...form, measures: lines.join('\n') });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    const { campaign } = await loadCampaign(file);
    expect(campaign.measures.map((m) => m.label)).toEqual([
      first?.label,
      'Số người dân được nhận giấy chứng nhận',
      'Số người dự buổi tập huấn',
      'Số hộ đã cài ứng dụng trên điện thoại',
    ]);
    expect(campaign.measures.map((m) => m.of)).toEqual([
      'people',
      'people',
      'people',
      'households',
    ]);
    // The first kept its id; the second, reworded in place and counting the same, keeps the
    // second's (its reports stay its own); the third line counts something else than the figure
    // it replaced: a new id, so the households' reports are not shown as its figures.
    expect(campaign.measures[0]?.id).toBe(first?.id);
    expect(campaign.measures[1]?.id).toBe(second?.id);
    expect(campaign.measures.map((m) => m.id)).not.toContain(third?.id);
    expect(campaign.measures[2]?.id).toBe('so_nguoi_du_buoi_tap_huan');
    expect(example.map((m) => m.id)).not.toContain(campaign.measures[3]?.id);
    const page = await c.get('/c/hai-phong');
    expect(measuresBox(page.text)).toBe(
      [
        `${first?.label} | người`,
        'Số người dân được nhận giấy chứng nhận | người',
        'Số người dự buổi tập huấn | người',
        'Số hộ đã cài ứng dụng trên điện thoại | hộ',
      ].join('\n'),
    );
    // The form says what keeps a figure's reports.
    expect(page.text).toContain(
      'mà vẫn giữ “người”, “hộ” hay “đồng” thì số liệu các tổ đã báo cáo vẫn được giữ',
    );
  });

  it('gives a new figure an id made from its label, and reads the lines back in a new order', async () => {
    const form = await openCampaignPage(c, 'hai-phong');
    const before = (await loadCampaign(file)).campaign.measures;
    const lines = [
      'Số người đã nhận giấy chứng nhận | người',
      `${before[2]?.label} | người`,
      `${before[0]?.label} | người`,
    ];
    const saved = await c.postRaw('/c/hai-phong', { ...form, measures: lines.join('\n') });
    expect(saved.status).toBe(303);
    const after = (await loadCampaign(file)).campaign.measures;
    expect(after.map((m) => m.id)).toEqual([
      // "Số người đã nhận giấy chứng nhận": its place's figure (the first) is still named below.
      'so_nguoi_da_nhan_giay_chung',
      before[2]?.id,
      before[0]?.id,
    ]);
  });

  it('names a line without what follows the “|”, and writes nothing', async () => {
    const text = await readFile(file, 'utf8');
    const form = await openCampaignPage(c, 'hai-phong');
    const res = await c.postRaw('/c/hai-phong', {
      ...form,
      measures: 'Số người tham gia\nSố hộ nghèo | hộ',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain(
      'Dòng 1 (“Số người tham gia”): thiếu “| người”, “| hộ”, “| đồng”, “| đơn vị tính” (kg, bao, lượt…) hoặc “| tên cột số của danh sách” ở cuối dòng.',
    );
    // Linked from the summary above the form, and kept as typed in the box.
    expect(res.text).toContain('<a href="#f-measures">Chỉ tiêu</a>');
    expect(measuresBox(res.text)).toBe('Số người tham gia\nSố hộ nghèo | hộ');
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('saves a sum of money as a plain amount: “| đồng”, or nothing after a label in đồng (qa40 M4)', async () => {
    const form = await openCampaignPage(c, 'hai-phong');
    const res = await c.postRaw('/c/hai-phong', {
      ...form,
      measures: 'Số hộ đã nộp phí | hộ\nSố tiền đã thu (đồng)\nTiền ủng hộ quỹ | đồng',
    });
    expect(res.status, res.text).toBe(303);
    const { campaign } = await loadCampaign(file);
    expect(campaign.measures.map((m) => [m.label, m.of])).toEqual([
      ['Số hộ đã nộp phí', 'households'],
      ['Số tiền đã thu (đồng)', 'amount'],
      ['Tiền ủng hộ quỹ', 'amount'],
    ]);
    // Shown again as the office wrote the lines, in its words.
    const page = await c.get('/c/hai-phong');
    expect(measuresBox(page.text)).toBe(
      'Số hộ đã nộp phí | hộ\nSố tiền đã thu (đồng) | đồng\nTiền ủng hộ quỹ | đồng',
    );
  });

  it('takes another word after the “|” as a column of the list, and refuses one the list has not', async () => {
    const form = await openCampaignPage(c, 'hai-phong');
    const res = await c.postRaw('/c/hai-phong', {
      ...form,
      measures: 'Số người tham gia | người\nSố hộ nghèo | Số hộ nghèo cả năm',
    });
    // Every rate of it would go missing: not saved, said beside the field in the form's words.
    expect(res.status).toBe(422);
    expect(res.text).toContain(
      'danh sách không có cột “Số hộ nghèo cả năm”: không tính được tỷ lệ của “Số hộ nghèo”',
    );
    expect(res.text).toContain(
      'Sau dấu “|” ghi “người”, “hộ” hoặc một đơn vị tính (“kg”, “bao”…), hoặc thêm cột đó vào danh sách.',
    );
  });

  it('saves a unit of two words (“| ý kiến”, qa58 M5) and asks for no column of the list', async () => {
    const form = await openCampaignPage(c, 'hai-phong');
    const res = await c.postRaw('/c/hai-phong', {
      ...form,
      measures: 'Số người dự hội nghị | người\nSố ý kiến góp ý | ý kiến',
    });
    expect(res.status, res.text).toBe(303);
    expect((await loadCampaign(file)).campaign.measures.map((m) => m.of)).toEqual([
      'people',
      'ý kiến',
    ]);
    for (const tab of ['/c/hai-phong', '/c/hai-phong/groups'])
      expect((await c.get(tab)).text).not.toContain('danh sách không có cột “ý kiến”');
  });

  // closing56: two words no unit the product knows and no column of the list ("| lượt khám",
  // review58a #3) were said by `check` alone; the form saved them without a word.
  it('saves two words it does not know as a unit, and says so beside the form as check does', async () => {
    const groups = join(file, '..', 'groups.csv');
    const csv = await readFile(groups, 'utf8');
    const [head = '', ...rows] = csv.trimEnd().split(/\r?\n/);
    await writeFile(
      groups,
      [`${head};Số phụ nữ`, ...rows.map((r, i) => `${r};${300 + i}`)].join('\r\n'),
    );
    const form = await openCampaignPage(c, 'hai-phong');
    const res = await c.postRaw('/c/hai-phong', {
      ...form,
      measures: 'Số lượt khám | lượt khám\nSố phụ nữ được khám | phụ nũ',
    });
    expect(res.status, /id="f-measures-error".{0,600}/s.exec(res.text)?.[0]).toBe(303);
    const page = plainText((await c.get(res.headers.get('location') ?? '/c/hai-phong')).text);
    expect(page).toContain(
      '“lượt khám” được hiểu là đơn vị đếm, không phải cột của danh sách: “Số lượt khám” chỉ cộng tổng theo “lượt khám”, không tính tỷ lệ',
    );
    expect(page).toContain(
      'Nếu cần tính tỷ lệ theo một cột của danh sách, ghi tiêu đề cột đó sau dấu “|” đúng như danh sách ghi (ví dụ “Số lượt khám”)',
    );
    // A misspelt column of the list is named, to be written after the "|".
    expect(page).toContain(
      'Có phải cột “Số phụ nữ” của danh sách? Ghi tiêu đề cột đó sau dấu “|”.',
    );
    // The form's words, not the file's.
    expect(page).not.toContain('of: Số');
    await writeFile(groups, csv);
  });

  it('saves a column of the list the rate is taken against, and its header read as people', async () => {
    const groups = join(file, '..', 'groups.csv');
    const csv = await readFile(groups, 'utf8');
    const [head = '', ...rows] = csv.trimEnd().split('\n');
    await writeFile(
      groups,
      [`${head};Số người từ 14 tuổi`, ...rows.map((r, i) => `${r};${500 + i}`)].join('\n'),
    );
    const form = await openCampaignPage(c, 'hai-phong');
    const res = await c.postRaw('/c/hai-phong', {
      ...form,
      measures:
        'Số người kích hoạt VNeID mức 2 | Số người từ 14 tuổi\nSố người tham gia | Số nhân khẩu',
    });
    expect(res.status).toBe(303);
    expect((await loadCampaign(file)).campaign.measures.map((m) => m.of)).toEqual([
      'Số người từ 14 tuổi',
      'people',
    ]);
    const page = await c.get(res.headers.get('location') ?? '/c/hai-phong');
    expect(page.text).not.toContain('danh sách không có cột');
    expect(measuresBox(page.text)).toBe(
      'Số người kích hoạt VNeID mức 2 | Số người từ 14 tuổi\nSố người tham gia | người',
    );
    await writeFile(groups, csv);
  });

  it('says the loader’s problem of a measure beside the field: two figures of one label', async () => {
    const text = await readFile(file, 'utf8');
    const form = await openCampaignPage(c, 'hai-phong');
    const res = await c.postRaw('/c/hai-phong', {
      ...form,
      measures: 'Số người tham gia | người\nsố người tham gia | hộ',
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain(
      'id="f-measures-error"><span>Chỉ tiêu thứ 2 trùng tên với chỉ tiêu thứ 1 (“số người tham gia”).',
    );
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('gives two new figures whose labels start alike two ids: the campaign loads, a leader sees both', async () => {
    const form = await openCampaignPage(c, 'hai-phong');
    const before = (await loadCampaign(file)).campaign.measures;
    // Two lines added below the campaign's figures, with the same first 38 letters: more than
    // an id made from a label keeps.
    const added = [
      'Số hộ cài đặt ứng dụng Smart Hải Phòng',
      'Số hộ cài đặt ứng dụng Smart Hải Phòng đã kích hoạt',
    ];
    const labels = [...before.map((m) => m.label), ...added];
    const measures = [
      ...before.map((m) => `${m.label} | ${m.of === 'people' ? 'người' : 'hộ'}`),
      ...added.map((l) => `${l} | hộ`),
    ].join('\n');
    const saved = await c.postRaw('/c/hai-phong', { ...form, measures });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    const after = (await loadCampaign(file)).campaign.measures;
    expect(after.map((m) => m.label)).toEqual(labels);
    expect(after.slice(0, before.length).map((m) => m.id)).toEqual(before.map((m) => m.id));
    expect(new Set(after.map((m) => m.id)).size).toBe(labels.length);

    const opened = await c.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders');
    expect(opened.status).toBe(303);
    const tab = await c.get('/c/hai-phong/leaders');
    const link = /class="leader-url" value="([^"]+)"/.exec(tab.text)?.[1] ?? '';
    const page = await c.get(new URL(link).pathname);
    expect(page.status).toBe(200);
    const shown = [...page.text.matchAll(/class="figure">\s*<label for="[^"]+">([^<]+)</g)].map(
      (m) => m[1],
    );
    expect(shown).toEqual(labels);
    expect((await c.post('/c/hai-phong/leaders/stop', {}, '/c/hai-phong/leaders')).status).toBe(
      303,
    );
  });

  it('removes the key when the box is emptied', async () => {
    const form = await openCampaignPage(c, 'hai-phong');
    const saved = await c.postRaw('/c/hai-phong', { ...form, measures: '' });
    expect(saved.status).toBe(303);
    expect(parse(await readFile(file, 'utf8')).measures).toBeUndefined();
    expect((await loadCampaign(file)).campaign.measures).toEqual([]);
  });
});
