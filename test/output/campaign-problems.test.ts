/**
 * A problem of the campaign itself — the same for every group — stops the build before anything
 * is written (README), once, naming what to change: not every group failing one by one while
 * their other documents are written and the print files come out empty. The campaign's own
 * actions no longer make one (more than the sheet's columns: it ticks fewer, qa20), so the
 * problem here is an office's tracking-sheet template that names more columns than fit.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { DEFAULT_TEMPLATE_DIR } from '../../src/kinds/render.js';
import { build } from '../../src/output/build.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';

let dir: string;
// A fire-safety campaign with twelve things to do, each a column to tick on the tracking sheet.
const ACTIONS = 12;
const campaign = `issued: 2026-02-10
issuer:
  name: [ỦY BAN NHÂN DÂN, THỊ TRẤN NÔNG CỐNG]
  ward: thị trấn Nông Cống
  place: Nông Cống
  office: Văn phòng UBND thị trấn
notice:
  number: 12
  symbol: UBND-PCCC
  subject: tăng cường phòng cháy, chữa cháy tại khu dân cư
  recipients: ["{{group.name}}"]
  body: Đề nghị các tổ dân phố thực hiện các việc sau.
  signer:
    lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
    name: Lê Thị Thủy
  cc: [Như trên;, "Lưu: VT."]
actions:
${Array.from({ length: ACTIONS }, (_, i) => `  - step: Kiểm tra việc số ${i + 1} trong nhà.\n    column: Việc ${i + 1}`).join('\n')}
`;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-campaign-problems-');
  await writeFile(join(dir, 'campaign.yaml'), campaign);
  await writeFile(join(dir, 'groups.csv'), wardCsv(3));
  // The office's own template: a tick column for each of the twelve actions, written out.
  await cp(DEFAULT_TEMPLATE_DIR, join(dir, 'templates'), { recursive: true });
  const tracker = join(dir, 'templates', 'tracker.hbs');
  const text = await readFile(tracker, 'utf8');
  const ticks = Array.from({ length: ACTIONS }, (_, i) => `Việc ${i + 1}`).join('\n');
  await writeFile(tracker, text.replace('\nGhi chú\n', `\n${ticks}\nGhi chú\n`));
});
afterAll(removeTempDirs);

describe('a template naming more columns than the tracking sheet has', () => {
  it('stops the build once, before any file, and says to keep fewer', async () => {
    const out = join(dir, 'out');
    const err = await build({
      campaign: join(dir, 'campaign.yaml'),
      groups: join(dir, 'groups.csv'),
      out,
      kinds: ['notice', 'flyer', 'tracker'],
      templateDir: join(dir, 'templates'),
      jobs: 1,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const e = err as UserError;
    // 3 fixed columns + the campaign's 8 + the template's 12 + notes.
    expect(e.message).toMatch(/has \d+ columns/);
    expect(e.hint).toMatch(/actions/);
    const written = await readdir(out, { recursive: true }).catch(() => []);
    expect(written.filter((f) => String(f).endsWith('.pdf'))).toEqual([]);
  });
});
