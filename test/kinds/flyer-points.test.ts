/**
 * qa56 M6: an awareness campaign (QA's "Cảnh giác lừa đảo qua mạng", a notice with 5 signs of a
 * scam, hotlines and a link, no measures) got a flyer of its points only by declaring them as
 * actions, which made a checklist and a household tick sheet of them. Its points to know are now
 * `points` (test/fixtures/qa56-luadao: QA's luadao.yaml with the 5 rules of luadao-actions.yaml
 * as points): numbered under "Điều cần biết" on the flyer, with no checklist and no tracking sheet
 * — and no warning that it has none, which is what such a campaign means.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { removeTempDirs } from '../support/tmp.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa56-luadao/${name}`, import.meta.url));

/** The points, as the campaign file gives them. */
const POINTS = [
  'Không nghe: cúp máy khi người lạ tự xưng công an, tòa án, ngân hàng yêu cầu chuyển tiền.',
  'Không tin: không bấm đường link lạ, không cài ứng dụng theo hướng dẫn của người lạ.',
  'Không chuyển tiền: không nộp phí để nhận thưởng, không làm nhiệm vụ nhận hoa hồng.',
  'Không cung cấp mã OTP, mật khẩu, số thẻ ngân hàng cho bất kỳ ai.',
  'Khi nghi ngờ, gọi ngay Công an phường.',
];

let built: TextBuild;
let yaml: string;
let groups: string;
beforeAll(async () => {
  yaml = await readFile(fixture('campaign.yaml'), 'utf8');
  groups = await readFile(fixture('groups.csv'), 'utf8');
  built = await buildCampaignText(yaml, groups, 'all');
}, 120_000);
afterAll(removeTempDirs);

describe('an awareness campaign’s points to know (qa56 M6)', () => {
  it('prints them numbered under “Điều cần biết” on the flyer', async () => {
    expect(built.code, built.stderr).toBe(0);
    const text = await built.text('to-1a', 'flyer');
    const numbered = POINTS.map((p, i) => `${i + 1}. ${p}`).join(' ');
    expect(text).toContain(`Điều cần biết ${numbered}`);
    expect(text).not.toContain('Người dân cần làm gì?');
  });

  it('makes no checklist and no tracking sheet of them', async () => {
    const files = await readdir(join(built.dir, 'out', 'to-1a'));
    expect(files).toContain('flyer.pdf');
    expect(files).toContain('share-flyer.png');
    expect(files).not.toContain('checklist.pdf');
    expect(files).not.toContain('tracker.pdf');
  });

  it('says nothing of the checklist and tracking sheet it is meant to be without', () => {
    // Before: "chỉ làm thông báo, áp phích, … (không làm phiếu kiểm tra, bảng theo dõi)".
    expect(built.stderr).not.toContain('chỉ làm thông báo');
    expect(built.stderr).not.toContain('phiếu kiểm tra');
  });

  it('without its link, makes its poster of the points, and says nothing', async () => {
    // qa59 M3: it said "không làm áp phích, ảnh áp phích" and sent the office to the actions.
    const withoutLinks =
      yaml.slice(0, yaml.indexOf('links:')) + yaml.slice(yaml.indexOf('points:'));
    const b = await buildCampaignText(withoutLinks, groups, 'all');
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).not.toContain('áp phích');
    const numbered = POINTS.map((p, i) => `${i + 1}. ${p}`).join(' ');
    expect(await b.text('to-1a', 'poster-a4')).toContain(`Điều cần biết ${numbered}`);
  }, 120_000);

  it('names them when a campaign without them makes no flyer', async () => {
    const without = yaml.slice(0, yaml.indexOf('points:'));
    const b = await buildCampaignText(without, groups, 'all');
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr.replace(/\s+/g, ' ')).toContain(
      'tờ rơi vẫn làm được khi có mục points (điều cần biết: những điều người dân cần biết, không phải đánh dấu)',
    );
  }, 120_000);
});
