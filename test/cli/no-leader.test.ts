/**
 * qa58 p1: a groups row with no tổ trưởng (test/fixtures/qa58-no-leader: Tổ dân phố số 4, name
 * and phone empty) got no message anywhere, and its flyer still sent residents to register "với
 * tổ trưởng". `build` now warns naming the file, row and column, and the tổ's flyer and poster
 * name the office (the campaign's `issuer.office`) where the step named the leader. Tổ 1, which
 * has a leader, keeps the step as the campaign writes it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const FIXTURES = new URL('../fixtures/qa58-no-leader/', import.meta.url).pathname;

describe('a tổ with no tổ trưởng (qa58 p1)', () => {
  let out = '';
  let stderr = '';
  let office = '';
  let step = '';
  beforeAll(async () => {
    out = join(await makeTempDir('phuong-print-no-leader-'), 'out');
    const r = await runCliInProcess(
      buildArgs(
        join(FIXTURES, 'campaign.yaml'),
        join(FIXTURES, 'groups.csv'),
        out,
        '--lang=vi',
        '--kind=flyer,poster',
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    stderr = collapseSpaces(r.stderr);
    const campaign = parse(await readFile(join(FIXTURES, 'campaign.yaml'), 'utf8'));
    office = campaign.issuer.office;
    step = campaign.actions[0].step;
  });

  const text = async (slug: string, kind: string) =>
    collapseSpaces(await pdfText(await readFile(join(out, slug, `${kind}.pdf`))));

  it('is warned of, naming the file, the row and the column', () => {
    expect(stderr).toContain(
      'groups.csv, dòng 3, cột “Tổ trưởng”: “Tổ dân phố số 4” không có tổ trưởng (ô họ tên và ô số điện thoại đều trống): không có ai để gửi đường dẫn trang tổ trưởng của tổ này',
    );
    expect(stderr).not.toContain('“Tổ dân phố số 1” không có tổ trưởng');
  });

  it('has its flyer and poster send residents to the office, not to a tổ trưởng', async () => {
    expect(step).toContain('với tổ trưởng');
    for (const kind of ['flyer', 'poster-a4']) {
      const said = await text('to-dan-pho-so-4', kind);
      expect(said).toContain(step.replace('tổ trưởng', `${office}, phường Hồng Bàng`));
      expect(said).not.toContain('với tổ trưởng');
    }
    expect(await text('to-dan-pho-so-4', 'flyer')).toContain(
      `Cần hỏi thêm? Tổ dân phố số 4 chưa có tổ trưởng: xin liên hệ ${office}, phường Hồng Bàng.`,
    );
  });

  it('leaves a tổ with its tổ trưởng as the campaign writes it', async () => {
    const said = await text('to-dan-pho-so-1', 'flyer');
    expect(said).toContain(step);
    expect(said).toContain('Cần hỏi thêm? Liên hệ tổ trưởng Nguyễn Văn An');
  });
});

// A row with the leader's phone but no name yet: the phone was printed nowhere (no contact line).
describe('a tổ whose list gives the tổ trưởng’s phone but no name', () => {
  it('prints the phone on its flyer', async () => {
    const dir = await makeTempDir('phuong-print-phone-only-');
    const groups = join(dir, 'groups.csv');
    const phone = '0912 345 004';
    const csv = (await readFile(join(FIXTURES, 'groups.csv'), 'utf8')).replace(
      '4,Tổ dân phố số 4,,,',
      `4,Tổ dân phố số 4,,${phone},`,
    );
    expect(csv).toContain(phone);
    await writeFile(groups, csv);
    const out = join(dir, 'out');
    const r = await runCliInProcess(
      buildArgs(join(FIXTURES, 'campaign.yaml'), groups, out, '--lang=vi', '--kind=flyer'),
    );
    expect(r.code, r.stderr).toBe(0);
    const said = collapseSpaces(
      await pdfText(await readFile(join(out, 'to-dan-pho-so-4', 'flyer.pdf'))),
    );
    expect(said).toContain(`Cần hỏi thêm? Liên hệ tổ trưởng, điện thoại ${phone}.`);
  });
});
