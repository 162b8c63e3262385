/**
 * QA40's campaigns as the ward office wrote them (test/fixtures/qa40, groups cut to four tổ, tổ 7
 * "Tân Lập" with two leaders), read back from the printed PDF (pdftotext -layout): what a
 * resident sees on paper.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findKind } from '../../src/kinds/registry.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups, loadGroupsReport } from '../../src/load/groups/index.js';
import { pdfTextItems } from '../support/pdf-items.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa40/${name}`, import.meta.url));

/** `kind`'s PDF text (layout kept) for the group with STT `id` of the QA's groups file. */
async function printed(campaignFile: string, kind: string, id = '7'): Promise<string> {
  const { campaign } = await loadCampaign(fixture(campaignFile));
  // The class (c) was built with its own list, which adds "Chỉ tiêu (người)".
  const groups = campaignFile === 'c-tap-huan.yaml' ? 'groups-chitieu.csv' : 'groups.csv';
  const group = (await loadGroups(fixture(groups))).find((g) => g.id === id);
  const found = findKind(kind);
  if (!group || !found) throw new Error(`no group ${id} or kind ${kind}`);
  return pdfText((await renderFor(found, campaign, group)).bytes, { layout: true });
}

/** The printed lines holding `start`, each with the line after it. */
const linesWith = (text: string, start: string) =>
  text
    .split('\n')
    .map((line, i, all) => [line, all[i + 1] ?? ''])
    .filter(([line]) => line?.includes(start));

describe('an account number is printed on one line (qa40 M1)', () => {
  it('keeps "tài khoản số 1234 5678 9012 3456" whole in the notice body', async () => {
    const text = await printed('e-stk-split.yaml', 'notice');
    const lines = linesWith(text, '1234');
    expect(lines.length).toBeGreaterThan(0);
    for (const [line] of lines) expect(line).toMatch(/1234 5678 9012 3456/);
  });

  it('keeps "STK 1234 5678 9012 3456" whole in the tracking sheet’s column header', async () => {
    const text = await printed('e-thu-phi.yaml', 'tracker');
    const lines = linesWith(text, '1234');
    expect(lines.length).toBeGreaterThan(0);
    for (const [line] of lines) expect(line).toMatch(/1234 5678 9012 3456/);
  });
});

describe('"step: … | title" in campaign.yaml prints no "|" (qa40 M2)', () => {
  it.each(['flyer', 'checklist'])('the %s prints the step without its “| title”', async (kind) => {
    const text = await printed('d-pccc.yaml', kind);
    expect(text).toContain('Khi nghe còi báo cháy, tắt điện, khóa van gas');
    expect(text).not.toContain('|');
  });

  it('the tracking sheet heads the tick column with the title written after the “|”', async () => {
    const text = collapseSpaces(await printed('d-pccc.yaml', 'tracker'));
    expect(text).toContain('Đã tắt điện, gas');
    expect(text).toContain('Đã điểm danh');
    expect(text).not.toContain('Khi nghe còi báo cháy');
    expect(text).not.toContain('|');
  });
});

describe('a printed URL breaks only where the README says (qa40 m2)', () => {
  it('the notice’s Google Form link is not broken before its “_” (“usp=sf” over “_link”)', async () => {
    const { campaign } = await loadCampaign(fixture('c-tap-huan.yaml'));
    const group = (await loadGroups(fixture('groups.csv'))).find((g) => g.id === '7');
    const kind = findKind('notice');
    if (!group || !kind) throw new Error('no tổ 7 or no notice');
    const pages = await pdfTextItems((await renderFor(kind, campaign, group)).bytes);
    // The drawn pieces (pdfjs reads them, not the copied /ActualText): the URL's lines.
    const pieces = pages
      .flatMap((p) => p.items.map((i) => i.str))
      .filter((s) => /usp|link|viewform/.test(s));
    expect(pieces.join(' ')).toContain('usp=');
    for (const piece of pieces) expect(piece).not.toMatch(/^[_#%~]/);
    // A line that ends inside the address ends after "/", "-", "?", "&" or "=".
    for (const piece of pieces.filter(
      (s) => s.includes('docs.google.com') || s.includes('viewform'),
    ))
      if (!piece.endsWith('sf_link')) expect(piece).toMatch(/[/\-?&=]$/);
  });
});

describe('a tổ with two leaders in one cell (qa40 m3)', () => {
  // groups.csv row 3 (tổ 7): "Trịnh Thị Ngọc, Lương Văn Khải" / "0912 111 222 - 0987 333 444".
  it('the flyer pairs each leader with their phone, no number broken after a dash', async () => {
    const text = collapseSpaces(await printed('b-tiem-chung.yaml', 'flyer'));
    expect(text).toContain('Trịnh Thị Ngọc (0912 111 222), Lương Văn Khải (0987 333 444)');
    expect(text).not.toContain('0912 111 222 -');
  });

  it('the sign-up sheet gives each leader a signature block of their own, side by side', async () => {
    // Decree 30's habit for several signers: each signs under their own title, with a space to
    // sign above their name; both are the list's tổ trưởng (groups-chitieu.csv, row 7).
    const { campaign } = await loadCampaign(fixture('c-tap-huan.yaml'));
    const group = (await loadGroups(fixture('groups-chitieu.csv'))).find((g) => g.id === '7');
    const kind = findKind('tracker');
    if (!group || !kind) throw new Error('no group 7 or tracker');
    const pages = await pdfTextItems((await renderFor(kind, campaign, group)).bytes);
    const last = pages.at(-1);
    if (!last) throw new Error('no page');
    const [first, second] = (group.leader ?? '').split(', ');
    const titles = last.items
      .filter((i) => i.str.trim() === 'TỔ TRƯỞNG')
      .sort((p, q) => p.xMm - q.xMm);
    const a = last.items.find((i) => i.str.trim() === first);
    const b = last.items.find((i) => i.str.trim() === second);
    const [ta, tb] = titles;
    if (!a || !b || !ta || !tb || titles.length !== 2) {
      throw new Error(`not two titles and two names: ${last.items.map((i) => i.str).join(' | ')}`);
    }
    // On one line, the first on the left; each centred under its own title, with space to sign.
    expect(Math.abs(a.baselineMm - b.baselineMm)).toBeLessThan(0.5);
    expect(a.xMm + a.widthMm).toBeLessThan(b.xMm);
    const centre = (i: { xMm: number; widthMm: number }) => i.xMm + i.widthMm / 2;
    for (const [name, title] of [
      [a, ta],
      [b, tb],
    ] as const) {
      expect(Math.abs(centre(name) - centre(title))).toBeLessThan(1);
      expect(name.baselineMm - title.baselineMm).toBeGreaterThan(15);
    }
  });

  it('is said when the groups file is read, at the row and the leader’s column', async () => {
    const { warnings } = await loadGroupsReport(fixture('groups.csv'));
    const said = warnings.map((w) => `${w.describe('vi')}. ${w.hintIn('vi')}`);
    expect(said.filter((s) => s.includes('Trịnh Thị Ngọc'))).toEqual([
      `${fixture('groups.csv')}, dòng 3, cột “Tổ trưởng”: ô có 2 tổ trưởng (“Trịnh Thị Ngọc, Lương Văn Khải”) và 2 số điện thoại: tờ rơi in mỗi người kèm số điện thoại theo đúng thứ tự trong ô, “Trịnh Thị Ngọc (0912 111 222), Lương Văn Khải (0987 333 444)”; bảng theo dõi có chỗ ký riêng cho từng người, cạnh nhau. Nếu số điện thoại bị đảo thứ tự, hãy đổi lại trong ô số điện thoại.`,
    ]);
  });
});

describe('a date or time stays with its word, a leader with their phone (qa40 m5)', () => {
  /** The flyer's printed lines (one A5 copy: the sheet's left half), trimmed. */
  const flyerLines = async (file: string) =>
    (await printed(file, 'flyer'))
      .split('\n')
      .map((l) => l.slice(0, 66).trim())
      .filter(Boolean);

  it('a title with “tháng 12/2026” keeps “tháng 12/2026” on one line', async () => {
    const { campaign } = await loadCampaign(fixture('b-tiem-chung.yaml'));
    const group = (await loadGroups(fixture('groups.csv'))).find((g) => g.id === '7');
    const flyer = findKind('flyer');
    if (!group || !flyer) throw new Error('no tổ 7 or no flyer');
    // The campaign's title ("Tiêm chủng mở rộng tháng 12/2026"), and the same month inside
    // longer ones, where a line may end at "tháng".
    const month = campaign.title.slice(campaign.title.indexOf('tháng '));
    expect(month).toBe('tháng 12/2026');
    for (const title of [
      campaign.title,
      `Ngày hội tiêm chủng ${month} cho trẻ em`,
      `Tiêm chủng mở rộng ${month} cho trẻ em dưới 5 tuổi`,
    ]) {
      const bytes = (await renderFor(flyer, { ...campaign, title }, group)).bytes;
      const lines = (await pdfText(bytes, { layout: true }))
        .split('\n')
        .map((l) => l.slice(0, 66).trim());
      const at = lines.filter((l) => l.includes('12/2026') && !l.startsWith('Thời gian'));
      expect(at.length, title).toBeGreaterThan(0);
      for (const l of at) expect(l, title).toContain(month);
    }
  });

  it('the time “(có mặt lúc 07h30)” keeps “lúc 07h30” on one line', async () => {
    const lines = await flyerLines('d-pccc.yaml');
    expect(lines.some((l) => l.includes('lúc 07h30)'))).toBe(true);
    expect(lines.filter((l) => l.endsWith('lúc') || l.startsWith('07h30'))).toEqual([]);
  });

  it('a title or time line never ends with a few words alone on its last line (d: “… cứu hộ khu” / “dân cư”)', async () => {
    const { campaign } = await loadCampaign(fixture('d-pccc.yaml'));
    const lines = await flyerLines('d-pccc.yaml');
    // The title's lines, from its first word to its last, as the campaign writes it.
    const words = campaign.title.split(' ');
    const first = lines.findIndex((l) => l.startsWith(words.slice(0, 2).join(' ')));
    const last = lines.findIndex((l, i) => i >= first && l.endsWith(words.slice(-2).join(' ')));
    expect(first, lines.join('\n')).toBeGreaterThanOrEqual(0);
    expect(last, lines.join('\n')).toBeGreaterThanOrEqual(first);
    const title = lines.slice(first, last + 1);
    expect(title.join(' ')).toBe(campaign.title);
    // “khu dân cư” (one unit word) on one line, and no line under a third of the widest.
    expect(title.some((l) => l.includes('khu dân cư'))).toBe(true);
    const widest = Math.max(...title.map((l) => l.length));
    for (const l of title) expect(l.length, title.join(' | ')).toBeGreaterThan(widest / 2);
    // The time: "(có mặt lúc 07h30)" together, not "(có mặt" at one line's end.
    expect(lines.some((l) => l.includes('(có mặt lúc 07h30)'))).toBe(true);
  });

  it('each leader’s name is on one line with their “(phone)”', async () => {
    const lines = await flyerLines('b-tiem-chung.yaml');
    // groups.csv row 3 (tổ 7): "Trịnh Thị Ngọc, Lương Văn Khải" / "0912 111 222 - 0987 333 444".
    for (const each of ['Trịnh Thị Ngọc (0912 111 222)', 'Lương Văn Khải (0987 333 444)'])
      expect(
        lines.filter((l) => l.includes(each)),
        lines.join('\n'),
      ).toHaveLength(1);
  });
});

describe('a sign-up sheet for seats has a row a seat (qa40 m4)', () => {
  it('“mỗi tổ dân phố tối đa 05 học viên”: as many numbered rows as the tổ’s seats, no spare rows', async () => {
    const { campaign } = await loadCampaign(fixture('c-tap-huan.yaml'));
    // The class says its figure is a most.
    expect(campaign.notice.body).toMatch(/tối đa 05 học viên/);
    const group = (await loadGroups(fixture('groups-chitieu.csv'))).find((g) => g.id === '7');
    const seats = Number(group?.columns?.['Chỉ tiêu (người)'] ?? Number.NaN);
    expect(seats).toBeGreaterThan(0);
    const text = await printed('c-tap-huan.yaml', 'tracker');
    // The table's numbered rows: a line starting with its STT alone.
    const numbers = text
      .split('\n')
      .map((l) => /^\s*(\d+)\s*$/.exec(l)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(numbers).toEqual(Array.from({ length: seats }, (_, i) => i + 1));
    expect(collapseSpaces(text)).toContain(`chỉ tiêu ${seats} người`);
  });
});

describe('an extra column’s value beginning with “Khu vực” keeps its capital (qa40 m6)', () => {
  it('the election notice prints “bỏ phiếu tại Khu vực bỏ phiếu số 2”, as the groups file writes it', async () => {
    const group = (await loadGroups(fixture('groups.csv'))).find((g) => g.id === '7');
    const area = group?.columns?.['Khu vực bỏ phiếu'] ?? '';
    expect(area).toMatch(/^Khu vực/);
    const text = collapseSpaces(await printed('bau-cu.yaml', 'notice'));
    expect(text).toContain(`bỏ phiếu tại ${area}:`);
  });
});
