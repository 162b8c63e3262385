/**
 * Whose figures, in the files the studio did not make itself (review M1, L1, L7): the groups'
 * figures follow the campaign, never its notice's number, and never another campaign's.
 * - A file without an id whose symbol was typed with its "/" ("/UBND-VHXH") keeps the figures a
 *   store made before ids holds for it, on the leaders' pages and in the Kết quả tab, before and
 *   after the office renumbers it.
 * - A copy of a campaign whose campaign.yaml does not parse starts with no figures once mended.
 * - A draft awaiting its number (no id) that declares measures is refused with what to add,
 *   where the office sees it; `import-docx` gives every draft an id of its own, so a draft's
 *   figures stay when its number is filled in.
 * Real sockets on loopback, the data folder's real SQLite file; old keys as the tool before ids
 * wrote them: the notice's year, number and symbol as typed.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { saveCampaignPage } from './campaign-page.js';
import { GROUPS, JOINED, leaderLinks, report, storeOldFigure, visible } from './results-figures.js';
import { Client, startStudio, type TestStudio } from './studio.js';

/** The example's first measure (examples/hai-phong/campaign.yaml). */
const MEASURE = 'tham_gia';

describe('whose figures, for files the studio did not write', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;

  /** A campaign folder made by hand: the example's files, its campaign.yaml edited. */
  const addCampaign = async (slug: string, edit: (yaml: string) => string) => {
    const folder = join(s.dataDir, 'campaigns', slug);
    await cp(dirname(EXAMPLE_CAMPAIGN), folder, { recursive: true });
    await rm(join(folder, 'groups.xlsx'));
    await writeFile(join(folder, 'groups.csv'), GROUPS);
    const file = join(folder, 'campaign.yaml');
    await writeFile(file, edit(await readFile(file, 'utf8')));
    return file;
  };

  /** A figure of group 2 stored by the tool before ids, under `key`. */
  const oldFigure = (key: string, value: number) =>
    storeOldFigure(s.store.db, { campaign: key, group: '2', measure: MEASURE, value });

  /** What the campaign's Kết quả tab says, as a reader sees it. */
  const results = async (slug: string) => visible((await office.get(`/c/${slug}/results`)).text);

  /** What group 2's leader page says under the first measure's box. */
  const leaderSays = async (slug: string) => {
    const url = (await leaderLinks(office, slug)).get('Tổ dân phố số 2') ?? '';
    const page = await leader.get(url);
    return new RegExp(`<p class="note" id="so_${MEASURE}-saved">([\\s\\S]*?)</p>`)
      .exec(page.text)?.[1]
      ?.replace(/<[^>]+>/g, '');
  };

  beforeAll(async () => {
    s = await startStudio();
    office = new Client(s.url);
    await office.signIn();
    leader = new Client(s.url);
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('keeps a file’s old figures when its symbol was typed with its "/", before and after a renumbering (L1)', async () => {
    await addCampaign('gach-cheo', (y) => y.replace('symbol: UBND-VHXH', 'symbol: /UBND-VHXH'));
    // The tool before ids kept its figures under the symbol as typed.
    await oldFigure('2025-5-/UBND-VHXH', 120);
    expect(await leaderSays('gach-cheo')).toMatch(/^Đã lưu: 120 /);
    expect(await results('gach-cheo')).toContain('Đã báo cáo: 1/4 tổ.');

    const saved = await saveCampaignPage(office, 'gach-cheo', { 'notice.number': '27' });
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    expect(await leaderSays('gach-cheo')).toMatch(/^Đã lưu: 120 /);
    expect(await results('gach-cheo')).toContain('Đã báo cáo: 1/4 tổ.');
  });

  it('starts a copy of a file that did not parse with no figures, once mended (L7)', async () => {
    // A mistake in the original: a line indented with a Tab.
    const broken = (y: string) => y.replace('  symbol: UBND-VHXH', '\tsymbol: UBND-VHXH');
    const original = await addCampaign('ban-loi', (y) =>
      broken(y.replace('number: 5 #', 'number: 8 #')),
    );
    await oldFigure('2025-8-UBND-VHXH', 90);
    const made = await office.upload('/new', 'docx', '', new Uint8Array(), {
      name: 'Bản sao của bản lỗi',
      from: 'ban-loi',
    });
    expect(made.status).toBe(303);
    const slug = /^\/c\/([^?]+)/.exec(made.headers.get('location') ?? '')?.[1] ?? '';
    const copy = join(s.dataDir, 'campaigns', slug, 'campaign.yaml');
    // Both mended by hand.
    const mend = (y: string) => y.replace('\tsymbol: UBND-VHXH', '  symbol: UBND-VHXH');
    await writeFile(original, mend(await readFile(original, 'utf8')));
    await writeFile(copy, mend(await readFile(copy, 'utf8')));
    expect(await results('ban-loi')).toContain('Đã báo cáo: 1/4 tổ.');
    expect(await results(slug)).toContain('Đã báo cáo: 0/4 tổ.');
    expect(parse(await readFile(copy, 'utf8')).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a draft with measures but no id, saying what to add (M1)', async () => {
    const file = await addCampaign('du-thao-tay', (y) => y.replace(/number: 5 #.*\n/, 'number:\n'));
    const said = await results('du-thao-tay');
    expect(said).toContain('chưa có mã (id) và văn bản chưa có số');
    const check = await runCliInProcess([
      'check',
      '--lang',
      'vi',
      '--campaign',
      file,
      '--groups',
      join(dirname(file), 'groups.csv'),
    ]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('mục “id”');
    expect(check.stderr).toContain('Thêm một dòng “id: ”');
    // Saved once in the studio, it gets an id of its own, and its leaders can report.
    const saved = await saveCampaignPage(office, 'du-thao-tay');
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
    expect(parse(await readFile(file, 'utf8')).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await results('du-thao-tay')).toContain('Đã báo cáo: 0/4 tổ.');
  });

  it('keeps an imported draft’s figures when its number is filled in (M1)', async () => {
    const dir = await makeTempDir('phuong-print-keys-');
    const line = (...parts: string[]) =>
      new Paragraph({
        children: parts.flatMap((part, i) => [
          ...(i > 0 ? [new TextRun({ text: '\t' })] : []),
          new TextRun(part),
        ]),
      });
    const docx = join(dir, 'du-thao.docx');
    await writeFile(
      docx,
      await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                line('', 'ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
                line('', 'PHƯỜNG LÊ CHÂN', 'Độc lập - Tự do - Hạnh phúc'),
                line('', 'Số:     /UBND-VHXH', 'Lê Chân, ngày      tháng      năm 2026'),
                line('V/v tham gia cuộc thi'),
                line('Kính gửi: Các tổ dân phố trên địa bàn phường.'),
                line('Đề nghị các tổ dân phố tham gia./.'),
                line('Nơi nhận:', '', 'CHỦ TỊCH'),
                line('- Như trên;'),
                line('- Lưu: VT.'),
                line('', '', 'Nguyễn Văn A'),
              ],
            },
          ],
        }),
      ),
    );
    // Two drafts imported on the command line, as an IT person sets up the studio's folders.
    const ids: string[] = [];
    for (const slug of ['du-thao-mot', 'du-thao-hai']) {
      const folder = join(s.dataDir, 'campaigns', slug);
      const imported = await runCliInProcess(['import-docx', docx, '--out', folder]);
      expect(imported.code, imported.stderr).toBe(0);
      const file = join(folder, 'campaign.yaml');
      const yaml = await readFile(file, 'utf8');
      expect(parse(yaml).notice.number).toBeNull();
      ids.push(parse(yaml).id);
      await writeFile(join(folder, 'groups.csv'), GROUPS);
      await writeFile(
        file,
        `${yaml}measures:\n  - { id: ${MEASURE}, label: ${JOINED}, of: people }\n`,
      );
    }
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);

    // The first draft's leader reports; the second draft shows nothing of it.
    const links = await leaderLinks(office, 'du-thao-mot');
    await report(leader, links.get('Tổ dân phố số 2') ?? '', { [JOINED]: '200' });
    expect(await results('du-thao-mot')).toContain('Đã báo cáo: 1/4 tổ.');
    expect(await results('du-thao-hai')).toContain('Đã báo cáo: 0/4 tổ.');

    // The văn thư numbers the first draft (by hand, in the file): its figures stay.
    const file = join(s.dataDir, 'campaigns', 'du-thao-mot', 'campaign.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/number:.*\n/, 'number: 31\n'));
    expect(parse(await readFile(file, 'utf8')).notice.number).toBe(31);
    expect(await results('du-thao-mot')).toContain('Đã báo cáo: 1/4 tổ.');
  });
});
