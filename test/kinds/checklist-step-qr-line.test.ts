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

describe('a "step-qr" line without its step number', () => {
  it('is an error naming the line, not a code left off unsaid', async () => {
    const dir = await makeTempDir('phuong-print-step-qr-');
    const templates = join(dir, 'templates');
    await cp(DEFAULT_TEMPLATE_DIR, templates, { recursive: true });
    const file = join(templates, 'checklist.hbs');
    const line = 'https://zalo.me/g/khupho1 Nhóm Zalo khu phố';
    const text = await readFile(file, 'utf8');
    expect(text).toContain('@@ step-qr\n');
    await writeFile(file, text.replace('@@ step-qr\n', `@@ step-qr\n${line}\n`));
    await writeFile(
      join(dir, 'campaign.yaml'),
      `${NOTICE_ONLY}actions:\n  - step: Vào nhóm Zalo của khu phố\n`,
    );
    await writeFile(join(dir, 'groups.csv'), 'STT;Tên khu phố\n1;Khu phố 1\n');
    const r = await runCliInProcess([
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
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `dòng “${line}” của phần “step-qr” không ghi số bước, nên mã QR của nó không biết in dưới bước nào`,
    );
  });

  it('missing from an older template: the links the steps name are said to go unprinted', async () => {
    const dir = await makeTempDir('phuong-print-step-qr-old-');
    const templates = join(dir, 'templates');
    await cp(DEFAULT_TEMPLATE_DIR, templates, { recursive: true });
    const file = join(templates, 'checklist.hbs');
    const text = await readFile(file, 'utf8');
    const section = /@@ step-qr\n[\s\S]*?(?=@@ )/.exec(text)?.[0] ?? '';
    expect(section).not.toBe('');
    await writeFile(file, text.replace(section, ''));
    await writeFile(
      join(dir, 'campaign.yaml'),
      `${NOTICE_ONLY}actions:\n  - step: Điền Biểu mẫu đăng ký học\nlinks:\n  dangky: { url: "https://forms.gle/abc123", label: Biểu mẫu đăng ký học }\n`,
    );
    await writeFile(join(dir, 'groups.csv'), 'STT;Tên khu phố\n1;Khu phố 1\n');
    const r = await runCliInProcess([
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
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'mẫu không có phần “step-qr”: mã QR của các đường dẫn mà các bước nhắc đến (“Biểu mẫu đăng ký học”) không được in',
    );
  });
});
