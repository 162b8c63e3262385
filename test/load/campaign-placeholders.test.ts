/**
 * A blank form's "fill in here" left in a campaign is printed on every group's notice: the
 * campaign's reading warns, naming the field, its line and the placeholder as written.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCampaignReport } from '../../src/load/campaign.js';
import { skeletonCampaign } from '../../src/studio/skeleton.js';
import { checkVi } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const example = readFileSync(EXAMPLE_CAMPAIGN, 'utf8');
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const placeholderWarnings = (text: string) =>
  parseCampaignReport(text, 'campaign.yaml').warnings.filter((w) => /placeholder/.test(w.message));

afterAll(removeTempDirs);

describe('placeholders left in a campaign', () => {
  it('the example, whose parentheses are real text, gets no such warning', () => {
    expect(example).toMatch(/\(/);
    expect(placeholderWarnings(example)).toEqual([]);
  });

  it("warns for the signer's name and the ward's name left as placeholders", () => {
    const text = example
      .replace('name: Nguyễn Đức Anh', 'name: (Họ và tên người ký)')
      .replace('ward: phường Lê Chân', 'ward: phường (tên phường)');
    const found = placeholderWarnings(text).map((w) => ({
      field: w.where?.field,
      line: w.where?.line,
      said: w.message,
    }));
    expect(found).toEqual([
      {
        field: 'issuer.ward',
        line: lineOf(text, 'ward: phường (tên phường)'),
        said: expect.stringContaining('"(tên phường)"'),
      },
      {
        field: 'notice.signer.name',
        line: lineOf(text, 'name: (Họ và tên người ký)'),
        said: expect.stringContaining('"(Họ và tên người ký)"'),
      },
    ]);
  });

  it("the studio's blank campaign warns for each of its placeholders until they are filled", () => {
    const blank = skeletonCampaign('Phòng, chống sốt xuất huyết', '2026-12-01');
    const written = [...blank.matchAll(/\((TÊN|tên|Địa danh|Họ và tên người ký)\)/g)];
    expect(written.length).toBe(4);
    expect(placeholderWarnings(blank).map((w) => w.where?.line)).toEqual(
      written.map((m) => blank.slice(0, m.index).split('\n').length),
    );
  });

  // h-left15a: the hint said "Hãy ghi nội dung thật vào chỗ đó", a place to guess; it names what
  // to write over. `check --lang vi`, as the office reads it.
  it('says what to write the real value in place of', async () => {
    const dir = await makeTempDir('phuong-print-placeholder-hint-');
    const file = join(dir, 'campaign.yaml');
    await writeFile(
      file,
      NOTICE_ONLY.replace('name: Trần Thị Mỹ Hạnh', 'name: (Họ và tên người ký)').replace(
        'place: Tân Định',
        'place: "Tân Định (tên cũ: Xóm Chùa)"',
      ),
    );
    await writeFile(join(dir, 'groups.csv'), 'STT,Tên tổ dân phố\n1,Tổ dân phố 1\n');
    const run = await checkVi(file, join(dir, 'groups.csv'));
    const said = run.stderr.replace(/\s+/g, ' ');
    expect(run.code, said).not.toBe(0);
    expect(said).toContain(
      'gợi ý: Hãy ghi nội dung thật thay cho “(Họ và tên người ký)” (khi nhập',
    );
    // A look-alike the office typed: a warning, said with its own words.
    expect(said).toContain('gợi ý: Hãy ghi nội dung thật thay cho “(tên cũ: Xóm Chùa)”.');
    expect(said).not.toContain('vào chỗ đó');
  }, 60_000);
});
