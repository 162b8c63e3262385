/**
 * The share image of a campaign with many actions (left11a #5): with two codes and ten actions it
 * printed all ten, their type shrunk until a phone could not read them once Zalo made the picture
 * 720 px wide. It prints the first five and says how many more the flyer has; the build names
 * each action left off, at the campaign's actions. Read as the picture's text (the text surface
 * the leader page's views read) and as the CLI's warnings; the campaign is the training of the QA
 * rounds with ten actions and a second link.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { share } from '../../src/kinds/share.js';
import { loadFonts } from '../../src/layout/fonts.js';
import { type Campaign, loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { renderPageTexts } from '../../src/render/text/page-text.js';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { makeTempDir } from '../support/tmp.js';

const QA40 = (name: string) => fileURLToPath(new URL(`../fixtures/qa40/${name}`, import.meta.url));

const ACTIONS = [
  'Đăng ký học qua biểu mẫu trước ngày 12/12/2026',
  'Mang điện thoại thông minh đã sạc đầy pin đến lớp',
  'Mang căn cước gắn chip để đối chiếu tài khoản',
  'Đi học đủ 03 buổi, đúng giờ',
  'Cài đặt VNeID mức 2 tại lớp',
  'Cài đặt ứng dụng ngân hàng và đăng ký sinh trắc học',
  'Thực hành thanh toán bằng mã QR tại chợ',
  'Tra cứu thủ tục hành chính trên Cổng dịch vụ công',
  'Hướng dẫn lại cho người thân trong gia đình',
  'Báo cáo kết quả cho tổ trưởng sau khóa học',
];

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-share-actions-');
  const yaml = await readFile(QA40('c-tap-huan.yaml'), 'utf8');
  const actions = `actions:\n${ACTIONS.map((a) => `  - step: ${a}`).join('\n')}\nbring:`;
  const tenActions = yaml
    .replace(/^actions:[\s\S]*?^bring:/m, actions)
    .replace(
      /^( {4}label: Phiếu đăng ký lớp học\n)/m,
      '$1  guide:\n    url: "https://dichvucong.gov.vn/p/home/dvc-huong-dan.html"\n    label: Tài liệu hướng dẫn\n',
    );
  expect(tenActions).toContain('Tài liệu hướng dẫn');
  file = join(dir, 'campaign.yaml');
  await writeFile(file, tenActions);
});

/** The share image's text for the list's first group, as the leader page's views read it. */
async function pictureText(campaign: Campaign): Promise<string> {
  const [group] = (await loadGroups(QA40('groups-chitieu.csv'))) as Group[];
  const pages = await renderPageTexts(share, buildContext(campaign, group as Group, 'to-1'), {
    fonts: loadFonts(),
    created: new Date(`${campaign.issued}T00:00:00+07:00`),
  });
  return pages
    .flat()
    .map((b) => b.text)
    .join('\n')
    .replace(/\s+/g, ' ');
}

describe('the share image of a campaign with ten actions and two links', () => {
  it('prints the first five actions and says how many more the flyer has', async () => {
    const { campaign } = await loadCampaign(file);
    expect(campaign.actions.map((a) => a.step)).toEqual(ACTIONS);
    const text = await pictureText(campaign);
    for (const a of ACTIONS.slice(0, 5)) expect(text).toContain(a);
    for (const a of ACTIONS.slice(5)) expect(text).not.toContain(a);
    expect(text).toContain('… và 5 việc khác: xem tờ rơi');
    // Both codes still on it.
    expect(text).toContain('Phiếu đăng ký lớp học');
    expect(text).toContain('Tài liệu hướng dẫn');
  }, 60_000);

  it('is built with a warning naming each action left off, at the campaign’s actions', async () => {
    const r = await runCliInProcess(
      buildArgs(
        file,
        QA40('groups-chitieu.csv'),
        join(dir, 'out'),
        '--kind',
        'share',
        '--jobs',
        '1',
      ),
      { env: { PHUONG_PRINT_LANG: 'vi' } },
    );
    expect(r.code, r.stderr).toBe(0);
    const line = r.stderr
      .split('\n')
      .find((l) => l.includes('ảnh áp phích chỉ in 5 việc đầu tiên'));
    expect(line, r.stderr).toBeDefined();
    // Said where the list of actions begins, as the build's other warnings on them are.
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.indexOf(`  - step: ${ACTIONS[0]}`) + 1;
    expect(at).toBe(lines.indexOf('actions:') + 2);
    expect(line).toContain(`dòng ${at}, mục “actions”`);
    for (const a of ACTIONS.slice(5)) expect(line).toContain(`"${a}"`);
    for (const a of ACTIONS.slice(0, 5)) expect(line).not.toContain(a);
  }, 120_000);

  /** The CLI's "left off" warning line for a campaign with `actions` (and a templates folder). */
  async function leftOffLine(name: string, actions: string[], ...more: string[]) {
    const yaml = (await readFile(file, 'utf8')).replace(
      /^actions:[\s\S]*?^bring:/m,
      `actions:\n${actions.map((a) => `  - step: ${a}`).join('\n')}\nbring:`,
    );
    const f = join(dir, `${name}.yaml`);
    await writeFile(f, yaml);
    const r = await runCliInProcess(
      buildArgs(
        f,
        QA40('groups-chitieu.csv'),
        join(dir, `out-${name}`),
        '--kind',
        'share',
        '--jobs',
        '1',
        ...more,
      ),
      { env: { PHUONG_PRINT_LANG: 'vi' } },
    );
    expect(r.code, r.stderr).toBe(0);
    return { r, line: r.stderr.split('\n').find((l) => l.includes('ảnh áp phích chỉ in 5')) };
  }

  it('names a later action whose words are inside an earlier one', async () => {
    // Review of session 54: "Ngủ mùng" is in action 1's words, so it read as printed.
    const actions = [
      'Ngủ mùng cả ban ngày lẫn ban đêm',
      ...ACTIONS.slice(1, 5),
      'Ngủ mùng',
      ACTIONS[5] as string,
    ];
    const { r, line } = await leftOffLine('nested', actions);
    expect(line, r.stderr).toBeDefined();
    expect(line).toContain('"Ngủ mùng"');
    expect(line).toContain(`"${ACTIONS[5]}"`);
  }, 120_000);

  it('warns of nothing when an office’s poster template has no share steps (all are drawn)', async () => {
    const poster = await readFile(
      fileURLToPath(new URL('../../templates/poster.hbs', import.meta.url)),
      'utf8',
    );
    const own = poster.replace(/^@@ share-steps\n[\s\S]*?(?=^@@ )/m, '');
    expect(own).not.toContain('@@ share-steps');
    const templates = join(dir, 'own-templates');
    await mkdir(templates, { recursive: true });
    await writeFile(join(templates, 'poster.hbs'), own);
    const { r, line } = await leftOffLine('own', ACTIONS, '--templates', templates);
    expect(line, r.stderr).toBeUndefined();
    // The picture does draw them all.
    const { line: withShareSteps } = await leftOffLine('default', ACTIONS);
    expect(withShareSteps).toBeDefined();
  }, 180_000);

  it('warns of nothing for a campaign with an app, whose picture prints its install steps', async () => {
    // h-left13b #6: the app's picture prints three fixed steps and none of the ten actions, yet
    // was said to print "the first 5".
    const yaml = `${(await readFile(file, 'utf8')).trimEnd()}
app:
  name: VNeID
  ios: { url: "https://apps.apple.com/vn/app/vneid/id1582750311", label: "iPhone (iOS)" }
  android: { url: "https://play.google.com/store/apps/details?id=com.vnid", label: Android }
`;
    const f = join(dir, 'app.yaml');
    await writeFile(f, yaml);
    const r = await runCliInProcess(
      buildArgs(
        f,
        QA40('groups-chitieu.csv'),
        join(dir, 'out-app'),
        '--kind',
        'share',
        '--jobs',
        '1',
      ),
      { env: { PHUONG_PRINT_LANG: 'vi' } },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('việc đầu tiên');
    // The picture prints none of the actions: nothing is left off that it would print.
    const { campaign } = await loadCampaign(f);
    expect(campaign.app?.name).toBe('VNeID');
    const text = await pictureText(campaign);
    expect(text).toContain('Bấm vào đường dẫn hiện ra để mở kho ứng dụng.');
    for (const a of ACTIONS) expect(text).not.toContain(a);
  }, 120_000);
});
