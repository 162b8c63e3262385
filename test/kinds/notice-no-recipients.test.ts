/**
 * A named document (a Thông báo, a Kế hoạch) is sent by its "Nơi nhận" and may have no "Kính
 * gửi" (Decree 30/2020, Phụ lục I: the "Kính gửi" line is the công văn's); a campaign that leaves
 * `notice.recipients` out builds it with no "Kính gửi:" and the body straight under the trích
 * yếu (qa15 4: such a campaign was refused, "notice.recipients" required). A công văn still needs
 * one, and is refused by name, with the field's line, before any file is written. Read from the
 * built PDF with pdftotext, as the office would read it.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** The example campaign with this symbol and its "Kính gửi" list taken out. */
async function withoutRecipients(symbol: string): Promise<{ dir: string; line: number }> {
  const dir = await makeTempDir('no-recipients-');
  const lines = (await readFile(EXAMPLE_CAMPAIGN, 'utf8'))
    .replace(/^ {2}symbol: .*$/m, `  symbol: ${symbol}`)
    .split('\n');
  const from = lines.findIndex((l) => l.startsWith('  recipients:'));
  let to = from + 1;
  while (lines[to]?.startsWith('    - ')) to++;
  lines.splice(from, to - from);
  await writeFile(join(dir, 'campaign.yaml'), lines.join('\n'));
  // The line of the notice: what a missing field is reported at.
  return { dir, line: lines.findIndex((l) => l.startsWith('notice:')) + 1 };
}

describe('a notice without "Kính gửi"', () => {
  it('a Thông báo builds with no "Kính gửi:", its body under the trích yếu', async () => {
    const { dir } = await withoutRecipients('TB-UBND');
    const out = join(dir, 'out');
    const r = await runCliInProcess(
      buildArgs(join(dir, 'campaign.yaml'), EXAMPLE_GROUPS, out, '--kind=notice', '--group=1'),
    );
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    const text = await pdfText(join(out, manifest.files[0].path), { layout: true });
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(text).not.toContain('Kính gửi');
    // The example's recipients are gone from the page, not only their label.
    expect(text).not.toContain('Thường trực Hội đồng nhân dân');
    // The title, then the trích yếu, then the body's first words (from the example's body).
    const title = lines.indexOf('THÔNG BÁO');
    expect(title).toBeGreaterThan(0);
    const body = (await readFile(EXAMPLE_CAMPAIGN, 'utf8')).match(/^ {2}body: \|\n {4}(.+)$/m)?.[1];
    expect(body).toBeTruthy();
    const firstWords = (body ?? '').split(' ').slice(0, 3).join(' ');
    const at = lines.findIndex((l) => l.includes(firstWords));
    expect(at).toBeGreaterThan(title + 1);
    // Nothing between the trích yếu's lines and the body but the trích yếu (no empty label).
    expect(lines.slice(title + 1, at).join(' ')).not.toMatch(/:\s*$/);
    // "Nơi nhận" still lists who it is sent to.
    expect(text).toContain('Nơi nhận:');
    // Its first line, the example's "Như trên;", stands for a "Kính gửi" there is not: said, at
    // its line.
    const yaml = (await readFile(join(dir, 'campaign.yaml'), 'utf8')).split('\n');
    const asAbove = yaml.findIndex((l) => l.trim() === '- Như trên;') + 1;
    expect(asAbove).toBeGreaterThan(0);
    expect(r.stderr).toMatch(new RegExp(`line ${asAbove}\\b.*"Như trên;".*no "Kính gửi"`));
  });

  it('a công văn without "Kính gửi" is refused, at the notice\'s line, and nothing is written', async () => {
    const { dir, line } = await withoutRecipients('UBND-VHXH');
    const out = join(dir, 'out');
    const r = await runCliInProcess(
      buildArgs(join(dir, 'campaign.yaml'), EXAMPLE_GROUPS, out, '--kind=notice', '--group=1'),
      { env: { LANG: 'vi_VN.UTF-8' } },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('notice.recipients');
    expect(r.stderr).toContain('Kính gửi');
    // At the notice (its key, or its first field where the list would begin).
    const at = Number(r.stderr.match(/campaign\.yaml, dòng (\d+), mục “notice\.recipients”/)?.[1]);
    expect([line, line + 1]).toContain(at);
    expect(r.stderr).toContain('công văn');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    await expect(readdir(out)).rejects.toThrow();
  });
});
