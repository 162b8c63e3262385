/**
 * The contest's prizes on the campaign form, as an office fills them: the community prize's
 * name and what it is, the individual prize's name and one line a prize, "số lượng | hạng giải |
 * số tiền". The example's prizes show in those fields and a save leaves them in the file as they
 * were; what a clerk types is saved as the CLI's loader reads it; a line the form cannot read is
 * named, by its line, with what to type, and nothing is saved.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/load/campaign.js';
import { saveCampaignPage } from './campaign-page.js';
import { exampleForTests } from './studio.js';

const EXAMPLE = 'examples/hai-phong/campaign.yaml';

/** The text of the element with `id` on the page (tags dropped, quotes' entities undone). */
const textOf = (page: string, id: string, tag: string) =>
  new RegExp(`id="${id}"[^>]*>(.*?)</${tag}>`, 's')
    .exec(page)?.[1]
    ?.replace(/<br>|<\/span><span>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** An input's value on the page. */
const inputValue = (page: string, id: string) =>
  /value="([^"]*)"/.exec(new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(page)?.[0] ?? '')?.[1];

/** The `prizes:` block of a campaign.yaml, as written. */
const prizesBlock = (text: string) => /\n {2}prizes:\n(?: {4}.*\n)+/.exec(text)?.[0];

describe('the prizes on the campaign form', () => {
  const ex = exampleForTests();

  const save = async (changes: Record<string, string>) => {
    return saveCampaignPage(ex.c, 'hai-phong', changes);
  };

  it('shows the example’s prizes as plain fields, one line a prize, and saves them as they were', async () => {
    const page = (await ex.c.get('/c/hai-phong')).text;
    expect(page).not.toContain('YAML');
    // examples/hai-phong/campaign.yaml, contest.prizes.
    expect(inputValue(page, 'f-contest-prizes-community-title')).toBe(
      'Giải cộng đồng lan tỏa mạnh nhất',
    );
    expect(inputValue(page, 'f-contest-prizes-community-detail')).toMatch(
      /^10 xã, phường, đặc khu có tỷ lệ người dân tham gia cuộc thi\/tổng số dân .* Giấy khen của Giám đốc Sở Khoa học và Công nghệ\.$/,
    );
    expect(inputValue(page, 'f-contest-prizes-individual-title')).toBe(
      'Giải cá nhân học tập tích cực',
    );
    expect(textOf(page, 'f-contest-prizes-individual-items', 'textarea')).toBe(
      [
        '1 | giải nhất | 5.000.000',
        '2 | giải nhì | 3.000.000',
        '3 | giải ba | 2.000.000',
        '5 | giải khuyến khích | 1.000.000',
      ].join('\n'),
    );

    const before = prizesBlock(await readFile(EXAMPLE, 'utf8'));
    expect(before).toContain('- { count: 1, rank: giải nhất, amount: 5000000 }');
    const saved = await save({});
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    expect(prizesBlock(await readFile(ex.file, 'utf8'))).toBe(before);
  });

  it('saves what a clerk types, as the CLI reads it', async () => {
    const saved = await save({
      'contest.prizes.community.title': 'Giải tập thể',
      'contest.prizes.community.detail':
        '01 giải tập thể cho khu phố có tỉ lệ tham gia cao nhất, 3.000.000 đồng',
      'contest.prizes.individual.title': 'Giải cá nhân',
      'contest.prizes.individual.items': '01 | giải nhất | 5.000.000 đồng\n2 | giải nhì | 3000000',
    });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    const { campaign } = await loadCampaign(ex.file);
    expect(campaign.contest?.prizes).toEqual({
      community: {
        title: 'Giải tập thể',
        detail: '01 giải tập thể cho khu phố có tỉ lệ tham gia cao nhất, 3.000.000 đồng',
      },
      individual: {
        title: 'Giải cá nhân',
        items: [
          { count: 1, rank: 'giải nhất', amount: 5000000 },
          { count: 2, rank: 'giải nhì', amount: 3000000 },
        ],
      },
    });
  });

  it('names a line it cannot read and a prize without its name, says what to type, saves nothing', async () => {
    const before = await readFile(ex.file, 'utf8');
    const res = await save({
      'notice.subject': 'một trích yếu mới',
      'contest.prizes.community.title': '',
      'contest.prizes.community.detail': '01 giải tập thể cho khu phố có tỉ lệ tham gia cao nhất',
      'contest.prizes.individual.items': '01 giải nhất, 02 giải nhì\n2 | giải nhì | ba triệu',
    });
    expect(res.status).toBe(422);
    expect(textOf(res.text, 'f-contest-prizes-community-title-error', 'p')).toBe(
      'Giải tập thể có nội dung thì cần cả tên giải, ví dụ: Giải cộng đồng lan tỏa mạnh nhất.',
    );
    expect(textOf(res.text, 'f-contest-prizes-individual-items-error', 'p')).toBe(
      [
        'Dòng 1 (“01 giải nhất, 02 giải nhì”): cần hai dấu “|” ngăn số lượng, hạng giải và số tiền. Mỗi dòng một giải: số lượng | hạng giải | số tiền, ví dụ: 1 | giải nhất | 5.000.000.',
        'Dòng 2 (“2 | giải nhì | ba triệu”): số tiền (sau dấu “|” cuối) phải là một số, ví dụ 5.000.000; đang là “ba triệu”. Mỗi dòng một giải: số lượng | hạng giải | số tiền, ví dụ: 1 | giải nhất | 5.000.000.',
      ].join('\n'),
    );
    expect(res.text).not.toContain('nhóm mục');
    expect(await readFile(ex.file, 'utf8')).toBe(before);
  });

  it('removes the prizes when their fields are emptied', async () => {
    const saved = await save({
      'contest.prizes.community.title': '',
      'contest.prizes.community.detail': '',
      'contest.prizes.individual.title': '',
      'contest.prizes.individual.items': '',
    });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    expect(await readFile(ex.file, 'utf8')).not.toContain('prizes');
    expect((await loadCampaign(ex.file)).campaign.contest?.prizes).toBeNull();
  });
});
