/**
 * An office's own checklist template whose "step-qr" section holds a code with no step number
 * says so, naming the line (review: the code was checked, then left off the page unsaid); one
 * from before the section, without it, is warned that the links the steps name go unprinted.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_DIR } from '../../src/kinds/render.js';
import { runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/**
 * Builds the checklist of a one-group campaign (`actions` and more, after NOTICE_ONLY) with the
 * tool's templates, its checklist.hbs changed by `edit`.
 */
async function buildWith(campaign: string, edit: (template: string) => string) {
  const dir = await makeTempDir('phuong-print-step-qr-');
  const templates = join(dir, 'templates');
  await cp(DEFAULT_TEMPLATE_DIR, templates, { recursive: true });
  const file = join(templates, 'checklist.hbs');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  await writeFile(join(dir, 'campaign.yaml'), `${NOTICE_ONLY}${campaign}`);
  await writeFile(join(dir, 'groups.csv'), 'STT;Tên khu phố\n1;Khu phố 1\n');
  return runCliInProcess([
    'build',
    '--campaign',
    join(dir, 'campaign.yaml'),
    '--groups',
    join(dir, 'groups.csv'),
    '--templates',
    templates,
    '--kind',
    'checklist',
    '--out',
    join(dir, 'out'),
    '--lang',
    'vi',
  ]);
}

describe('a "step-qr" line without its step number', () => {
  it('is an error naming the line, not a code left off unsaid', async () => {
    const line = 'https://zalo.me/g/khupho1 Nhóm Zalo khu phố';
    const r = await buildWith('actions:\n  - step: Vào nhóm Zalo của khu phố\n', (text) => {
      expect(text).toContain('@@ step-qr\n');
      return text.replace('@@ step-qr\n', `@@ step-qr\n${line}\n`);
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `dòng “${line}” của phần “step-qr” không ghi số bước, nên mã QR của nó không biết in dưới bước nào`,
    );
  });

  it('missing from an older template: the links the steps name are said to go unprinted', async () => {
    const r = await buildWith(
      'actions:\n  - step: Điền Biểu mẫu đăng ký học\nlinks:\n  dangky: { url: "https://forms.gle/abc123", label: Biểu mẫu đăng ký học }\n',
      (text) => {
        const section = /@@ step-qr\n[\s\S]*?(?=@@ )/.exec(text)?.[0] ?? '';
        expect(section).not.toBe('');
        return text.replace(section, '');
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'mẫu không có phần “step-qr”: mã QR của các đường dẫn mà các bước nhắc đến (“Biểu mẫu đăng ký học”) không được in',
    );
  });
});
