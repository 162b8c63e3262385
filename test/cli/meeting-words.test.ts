/**
 * review58a #5: a campaign's counts taken door to door ("Số người được tuyên truyền phòng bệnh
 * dại | người", "Số tờ rơi đã phát | tờ", no actions) got a meeting's list of those present,
 * "DANH SÁCH NGƯỜI ĐƯỢC TUYÊN TRUYỀN…" with "người dự ký tên". Only a campaign that says a
 * meeting (test/fixtures/qa58-hoi-nghi: "Lấy ý kiến…", "Số người dự hội nghị") gets that list;
 * so does one that names no meeting but gives the time and place people come to (closing56:
 * "Góp ý dự thảo …", "Số người tham gia", each tổ's "Ngày hội nghị" and "Địa điểm hội nghị").
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FIXTURES = new URL('../fixtures/qa58-hoi-nghi/', import.meta.url).pathname;

/** Tổ 1's tracking sheet's text, the fixture's campaign edited by `edit`. */
async function trackerText(edit: (yaml: string) => string): Promise<string> {
  const dir = await makeTempDir('phuong-print-meeting-');
  const campaign = join(dir, 'campaign.yaml');
  await writeFile(campaign, edit(await readFile(join(FIXTURES, 'campaign.yaml'), 'utf8')));
  const out = join(dir, 'out');
  const r = await runCliInProcess(
    buildArgs(campaign, join(FIXTURES, 'groups.csv'), out, '--lang=vi', '--kind=tracker'),
  );
  expect(r.code, r.stderr).toBe(0);
  return collapseSpaces(await pdfText(await readFile(join(out, 'to-dan-pho-so-1', 'tracker.pdf'))));
}

describe('a meeting’s list of those present (review58a #5)', () => {
  it('is not made for counts taken door to door', async () => {
    const text = await trackerText((yaml) =>
      yaml
        .replace(/^title: .*$/mu, 'title: Tuyên truyền phòng bệnh dại năm 2027')
        // Door to door: no time and place people come to.
        .replace(/^(?:when|where): .*\n/gmu, '')
        .replace(
          /^measures:\n(?: {2}- .*\n)+/mu,
          [
            'measures:',
            '  - { id: nguoi, label: "Số người được tuyên truyền phòng bệnh dại", of: people }',
            '  - { id: to, label: "Số tờ rơi đã phát", of: tờ }',
            '',
          ].join('\n'),
        ),
    );
    expect(text).toContain('Số người được tuyên truyền phòng bệnh dại');
    expect(text).not.toContain('DANH SÁCH NGƯỜI');
    expect(text).not.toContain('người dự ký tên');
  });

  it('is made for a meeting no word names, from the time and place it gives (closing56)', async () => {
    const text = await trackerText((yaml) => {
      expect(yaml).toMatch(/^when: .+$/mu);
      expect(yaml).toMatch(/^where: .+$/mu);
      return yaml
        .replace(/^title: .*$/mu, 'title: Góp ý dự thảo Nghị quyết hỗ trợ người cao tuổi')
        .replace('label: Số người dự hội nghị', 'label: Số người tham gia')
        .replace('label: Số ý kiến góp ý', 'label: Số ý kiến');
    });
    expect(text).toContain('DANH SÁCH NGƯỜI THAM GIA');
    expect(text).not.toContain('từng hộ');
  });

  // review59b #1: a door-to-door campaign that gives its days and "every household" as place.
  it('is not made for a campaign over days at every household', async () => {
    const text = await trackerText((yaml) =>
      yaml
        .replace(/^title: .*$/mu, 'title: Phòng chống sốt xuất huyết')
        .replace(/^when: .*$/mu, 'when: Từ ngày 05/01/2027 đến hết ngày 15/01/2027')
        .replace(/^where: .*$/mu, 'where: Từng hộ gia đình trên địa bàn phường')
        .replace(
          /^measures:\n(?: {2}- .*\n)+/mu,
          [
            'measures:',
            '  - { id: nguoi, label: "Số người được tuyên truyền", of: people }',
            '  - { id: to, label: "Số tờ rơi đã phát", of: tờ }',
            '',
          ].join('\n'),
        ),
    );
    expect(text).toContain('Số người được tuyên truyền');
    expect(text).not.toContain('DANH SÁCH NGƯỜI');
    expect(text).not.toContain('người dự ký tên');
  });

  it('is made for the meeting the campaign says', async () => {
    const text = await trackerText((yaml) => yaml);
    expect(text).toContain('DANH SÁCH NGƯỜI DỰ HỘI NGHỊ');
    expect(text).toContain('Cột “Ký tên”: người dự ký tên');
  });
});
