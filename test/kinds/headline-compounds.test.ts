/**
 * qa56 p2: balanced headlines broke inside a two-syllable word: the poster's "Cảnh giác lừa" |
 * "đảo qua mạng", the notice's "Tuyên truyền phòng, chống lừa" | "đảo chiếm đoạt…", the HPV
 * notice's "…cho trẻ" | "em gái…". The commonest such words are now kept whole on a line.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { pdfText } from '../support/pdf-text.js';

const campaign = (subject: string) => `issued: 2026-12-05
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG LÊ CHÂN]
  ward: phường Lê Chân
  place: Lê Chân
  office: Phòng Văn hóa - Xã hội
title: Cảnh giác lừa đảo qua mạng
notice:
  number: 151
  symbol: TB-UBND
  subject: ${subject}
  recipients: []
  body: |
    Ủy ban nhân dân phường thông báo đến toàn thể Nhân dân các dấu hiệu lừa đảo thường gặp.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Trần Văn Bình
  cc: ["Lưu: VT, VHXH."]
hotlines:
  - "Công an phường Lê Chân: 0225 3 846 113"
links:
  article:
    url: "https://congan.haiphong.gov.vn/canh-giac-lua-dao-qua-mang"
    label: Bài viết cảnh giác
`;

const GROUPS = `STT,Tên tổ dân phố,Tổ trưởng,Số hộ,Số nhân khẩu
1,Tổ 1A,Vũ Thị An,250,820
`;

/** The lines of a document's first page, as laid out. */
async function linesOf(dir: string, kind: string): Promise<string[]> {
  const text = await pdfText(join(dir, 'out', 'to-1a', `${kind}.pdf`), {
    layout: true,
    lastPage: 1,
  });
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
}

/** Whether a line ends on `first` and the next begins with `second`: the word split. */
const splits = (lines: readonly string[], first: string, second: string) =>
  lines.some((l, i) => l.endsWith(` ${first}`) && (lines[i + 1] ?? '').startsWith(second));

/** The notice (and `kinds`) built for `subject`: its first page's lines. */
async function built(subject: string, kinds: string) {
  const b = await buildCampaignText(campaign(subject), GROUPS, kinds);
  expect(b.code, b.stderr).toBe(0);
  return { notice: await linesOf(b.dir, 'notice'), dir: b.dir };
}

describe('a headline’s lines', () => {
  it('keep “lừa đảo” whole on the poster and in the notice’s subject', async () => {
    const { notice, dir } = await built(
      'tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản qua mạng',
      'notice,poster',
    );
    expect(notice.join(' ')).toContain(
      'Tuyên truyền phòng, chống lừa đảo chiếm đoạt tài sản qua mạng',
    );
    expect(splits(notice, 'lừa', 'đảo')).toBe(false);
    const poster = await linesOf(dir, 'poster-a4');
    expect(poster.join(' ')).toContain('lừa đảo');
    expect(splits(poster, 'lừa', 'đảo')).toBe(false);
  });

  it('keep “trẻ em” whole in the HPV notice’s subject', async () => {
    const { notice } = await built(
      'triển khai tiêm vắc xin HPV cho trẻ em gái từ 9 đến 14 tuổi năm 2026',
      'notice',
    );
    expect(notice.join(' ')).toContain('vắc xin HPV cho trẻ em gái');
    expect(splits(notice, 'trẻ', 'em')).toBe(false);
  });
});

describe('a poster code’s caption', () => {
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'qa56-luadao');
  it.each([
    // QA's, which ended "… lừa đảo qua" ⏎ "mạng".
    'Bài viết cảnh giác lừa đảo qua mạng',
    // The notice's subject's words, which the balanced lines split "… cảnh giác lừa" ⏎ "đảo …".
    'Bài viết cảnh giác lừa đảo chiếm đoạt tài sản',
  ])('“%s” ends on no word alone and keeps “lừa đảo” whole', async (label) => {
    const yaml = await readFile(join(fixture, 'campaign.yaml'), 'utf8');
    const qa = 'label: Bài viết cảnh giác lừa đảo qua mạng';
    expect(yaml).toContain(qa);
    // Without its points (the last field), which the poster prints too (qa59 M3): the caption
    // in the type of a poster of its title and code, on the lines this test is about.
    const b = await buildCampaignText(
      yaml.slice(0, yaml.indexOf('points:')).replace(qa, `label: ${label}`),
      await readFile(join(fixture, 'groups.csv'), 'utf8'),
      'poster',
    );
    expect(b.code, b.stderr).toBe(0);
    const lines = (await linesOf(b.dir, 'poster-a4')).filter(Boolean);
    // The caption's lines: those just over its address.
    const url = lines.findIndex((l) => l.startsWith('congan.haiphong.gov.vn/'));
    let shown: string[] = [];
    for (let n = 1; n <= 4 && shown.join(' ') !== label; n++) shown = lines.slice(url - n, url);
    expect(shown.join(' ')).toBe(label);
    expect(shown.length).toBeGreaterThan(1);
    for (const line of shown) expect(line.split(' ').length, line).toBeGreaterThan(1);
    expect(splits(shown, 'lừa', 'đảo')).toBe(false);
  });
});
