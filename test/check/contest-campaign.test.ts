/**
 * A contest campaign other than the bundled example, end to end through the CLI's commands
 * (runCliInProcess): a ward's online quiz on the fire-safety law, with an app of its own.
 * Without the contest's page, `check` names the campaign's field, in Vietnamese, never the
 * tool's own template. Built, its documents print its own words (read back with pdftotext):
 * its actions as the steps and tracking columns, its rules, its slogan or none; never the
 * bundled example's course wording. What it typed that nothing prints is a warning.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, checkVi, runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

const FIRE_QUIZ_PAGE = 'https://thipccc.tphcm.gov.vn/hoi-thi-2026';

/** The office's campaign, as it would type it; `extra` is added at the end (links, actions…). */
function fireQuizCampaign(extra = ''): string {
  return `issued: 2026-12-03
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG BẾN THÀNH]
  ward: phường Bến Thành
  place: Thành phố Hồ Chí Minh
  office: Phòng Văn hóa - Xã hội
  phone: "028 3829 4567"
notice:
  number: 27
  symbol: UBND-VHXH
  subject: hưởng ứng Hội thi trực tuyến tìm hiểu pháp luật về phòng cháy, chữa cháy năm 2026
  recipients: [Trưởng các khu phố]
  body: |
    Ủy ban nhân dân phường đề nghị các khu phố vận động người dân tham gia hội thi.
  signer: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], name: Trần Thị Thanh Hương }
  cc: [Như trên;, "Lưu: VT, VHXH."]
title: Hội thi pháp luật PCCC 2026
contest:
  name: Tìm hiểu pháp luật về phòng cháy, chữa cháy năm 2026
  platform: Cổng thi trực tuyến Thành phố
  starts: 2026-12-05
  ends: 2027-01-05
  questions: 20
  support_phone: "028 3829 1234"
  eligible: [Công dân từ đủ 15 tuổi trở lên]
  rules:
    - Mỗi người chỉ dùng một tài khoản.
    - Được thi tối đa 3 lần, lấy kết quả cao nhất.
app:
  name: Cứu nạn 114
  ios: { url: "https://apps.apple.com/vn/app/cuu-nan-114/id6450000000", label: iPhone }
  android: { url: "https://play.google.com/store/apps/details?id=vn.gov.pccc.cuunan114", label: Android }
${extra}`;
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-contest-');
  await writeFile(join(dir, 'groups.csv'), wardCsv(2));
});
afterAll(removeTempDirs);

/** `check --lang vi` of the campaign text, from an empty folder that must stay empty. */
async function checkCampaign(campaign: string) {
  await writeFile(join(dir, 'campaign.yaml'), campaign);
  const cwd = await makeTempDir('phuong-print-contest-cwd-');
  const r = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'), { cwd });
  expect(await readdir(cwd)).toEqual([]);
  return r;
}

describe('a contest campaign without its page', () => {
  it('is refused by check at the campaign’s field, in Vietnamese, naming no template', async () => {
    const r = await checkCampaign(fireQuizCampaign());
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('lỗi: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^lỗi: .*campaign\.yaml, dòng \d+, mục “links\.contest\.url”: cuộc thi chưa có địa chỉ trang thi/,
    );
    expect(r.stderr).toContain('Trang cuộc thi');
    expect(r.stderr).not.toMatch(/\.hbs|không có biến|^\s+at /m);
  });

  it('checks clean once the page is given', async () => {
    const r = await checkCampaign(
      fireQuizCampaign(`links:\n  contest: { url: "${FIRE_QUIZ_PAGE}", label: Trang hội thi }\n`),
    );
    expect(r.stderr).not.toMatch(/^lỗi:/m);
    expect(r.code).toBe(0);
  });
});

const PAGE_LINK = `links:\n  contest: { url: "${FIRE_QUIZ_PAGE}", label: Trang hội thi }\n`;
const ACTIONS = [
  ['Đăng ký tài khoản dự thi trên trang hội thi', 'Đã đăng ký'],
  ['Làm bài thi trắc nghiệm 20 câu về Luật Phòng cháy, chữa cháy', 'Đã thi'],
  ['Hướng dẫn một người hàng xóm cùng dự thi', 'Đã rủ'],
];
const SLOGAN = 'Phòng cháy hơn chữa cháy';
const RULES = ['Mỗi người chỉ dùng một tài khoản.', 'Được thi tối đa 3 lần, lấy kết quả cao nhất.'];
/** The bundled example's course wording, which a fire-safety quiz never says. */
const FOREIGN = /khóa học|học trực tuyến|kỹ năng số|chuyên đề|Công dân số|sống an toàn/;

/** Builds group 1's flyer, checklist, tracking sheet and A4 poster; their text, one space apart. */
async function buildTexts(campaign: string) {
  await writeFile(join(dir, 'campaign.yaml'), campaign);
  const out = await makeTempDir('phuong-print-contest-out-');
  const r = await runCliInProcess(
    buildArgs(
      join(dir, 'campaign.yaml'),
      join(dir, 'groups.csv'),
      out,
      '--group',
      '1',
      '--kind',
      'flyer,checklist,tracker,poster',
      '--size',
      'a4',
    ),
  );
  expect(r.stderr).not.toMatch(/^error:/m);
  expect(r.code).toBe(0);
  const [folder] = (await readdir(out)).filter((f) => f.startsWith('to-'));
  const text = async (kind: string) =>
    (await pdfText(join(out, folder ?? '', `${kind}.pdf`))).replace(/\s+/g, ' ');
  return {
    flyer: await text('flyer'),
    checklist: await text('checklist'),
    tracker: await text('tracker'),
    poster: await text('poster-a4'),
  };
}

describe('a contest campaign of its own, built', () => {
  it('prints its actions as the steps and columns, its rules and its slogan', async () => {
    const actions = `actions:\n${ACTIONS.map(([step, column]) => `  - { step: "${step}", column: "${column}" }`).join('\n')}\n`;
    const docs = await buildTexts(
      fireQuizCampaign(`${PAGE_LINK}${actions}slogan: ${SLOGAN}\n`).replace(
        '    - Được thi tối đa 3 lần, lấy kết quả cao nhất.',
        RULES.map((r) => `    - ${r}`)
          .join('\n')
          .replace('    - Mỗi người chỉ dùng một tài khoản.\n', ''),
      ),
    );
    for (const [step, column] of ACTIONS) {
      expect(docs.flyer).toContain(step);
      expect(docs.checklist).toContain(step);
      expect(docs.tracker).toContain(column);
    }
    for (const rule of RULES) {
      expect(docs.checklist).toContain(rule);
      expect(docs.tracker).toContain(rule);
    }
    expect(docs.poster).toContain(SLOGAN);
    for (const [kind, text] of Object.entries(docs)) expect(text, kind).not.toMatch(FOREIGN);
  }, 120_000);

  it('without actions or slogan: neutral steps from its own fields, and no slogan', async () => {
    const docs = await buildTexts(fireQuizCampaign(PAGE_LINK));
    // Its platform and question count, and no step for the fields it left empty.
    expect(docs.flyer).toContain('trên Cổng thi trực tuyến Thành phố');
    expect(docs.flyer).toContain('Trả lời đủ 20 câu hỏi trắc nghiệm');
    expect(docs.checklist).toContain('Trả lời đủ 20 câu hỏi trắc nghiệm');
    for (const text of [docs.flyer, docs.checklist]) {
      expect(text).not.toContain('chia sẻ');
      expect(text).not.toContain('“”');
    }
    expect(docs.tracker).toContain('Đã đăng ký');
    expect(docs.tracker).not.toContain('Đã chia sẻ');
    expect(docs.tracker).not.toContain('chứng nhận');
    for (const [kind, text] of Object.entries(docs)) expect(text, kind).not.toMatch(FOREIGN);
    // The poster: the app's name, then straight to its call (no slogan line of another campaign).
    expect(docs.poster).toMatch(/Cứu nạn 114 Quét mã QR/);
  }, 120_000);

  it('warns of contest fields its actions leave unprinted, naming the field', async () => {
    const r = await checkCampaign(
      fireQuizCampaign(
        `${PAGE_LINK}actions:\n  - { step: Đăng ký dự thi, column: Đã đăng ký }\n`,
      ).replace(
        '  questions: 20\n',
        '  questions: 20\n  topics: ["Luật Phòng cháy, chữa cháy 2024"]\n',
      ),
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /cảnh báo: .*mục “contest\.topics”: “Luật Phòng cháy, chữa cháy 2024” không được in/,
    );
    expect(r.stderr).toMatch(/mục “contest\.questions”: “20” không được in/);
  });
});
