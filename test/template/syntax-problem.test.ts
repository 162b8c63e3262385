/**
 * A template Handlebars cannot parse is said as what to fix, at the line where the fix goes,
 * in check and build (`check --lang vi` names campaign.yaml's line and the field) — never
 * Handlebars' English "Parse error on line N … Expecting …". Lines are found in the test's own
 * texts.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTemplateSyntax } from '../../src/template/check.js';
import { renderTemplate } from '../../src/template/handlebars.js';
import { runCliInProcess } from '../support/cli.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/** The 1-based line of the first `needle` in `text`. */
const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

const HANDLEBARS_ENGLISH = /Parse error|Expecting|got '|doesn't match/;

/** The one problem of `text` as a campaign field's, in Vietnamese, and its line. */
function problem(text: string) {
  const found = checkTemplateSyntax({ text, file: 'campaign', field: 'notice.body' });
  expect(found).toHaveLength(1);
  const [e] = found;
  return { said: e?.say('vi') ?? '', line: e?.where.line };
}

describe('a template Handlebars cannot parse', () => {
  afterAll(removeTempDirs);

  it.each([
    {
      name: 'an unclosed “{{”',
      text: 'Kính gửi các tổ.\n\nĐề nghị {{group.leader báo cáo.\n\nTrân trọng.',
      at: '{{group.leader',
      says: 'có “{{” chưa được đóng: thêm “}}” ngay sau tên biến, hoặc xoá “{{” nếu không định chèn biến',
    },
    {
      name: 'a {{#if}} never closed',
      text: 'Đoạn một.\n{{#if group.leader}}Ông/bà {{group.leader}}.\n\nĐoạn ba.',
      at: '{{#if',
      says: '{{#if}} chưa được đóng bằng {{/if}}: thêm {{/if}} vào chỗ phần đó kết thúc',
    },
    {
      name: 'a {{#if}} never closed, under a comment that names {{fields}}',
      text: '{{!-- Ghi chú: {{appStep}} là bước cài ứng dụng, {{#if app}} khi có --}}\nĐoạn một.\n{{#if group.leader}}Ông/bà {{group.leader}}.\n\nĐoạn ba.',
      at: '{{#if group',
      says: '{{#if}} chưa được đóng bằng {{/if}}: thêm {{/if}} vào chỗ phần đó kết thúc',
    },
    {
      name: 'a block closed with another name',
      text: 'Đoạn một.\n\n{{#if group.leader}}Ông/bà {{group.leader}}{{/unless}}.',
      at: '{{#if',
      says: '{{/unless}} đóng nhầm {{#if}}: sửa thành {{/if}}',
    },
    {
      name: 'a {{/if}} that closes nothing',
      text: 'Đoạn một.\n\nĐoạn hai.{{/if}}',
      at: '{{/if}}',
      says: '{{/if}} không đóng phần nào: xoá nó đi, hoặc thêm {{#if …}} vào chỗ phần đó bắt đầu',
    },
    {
      name: 'an empty {{ }}',
      text: 'Đoạn một.\nGửi {{ }} nhé.',
      at: '{{ }}',
      says: '“{{ }}” viết chưa đúng: giữa {{ và }} chỉ ghi một tên biến, ví dụ {{group.name}}',
    },
  ])('$name: what to fix, at its line', ({ text, at, says }) => {
    const { said, line } = problem(text);
    expect(said).toBe(`lỗi mẫu: ${says}`);
    expect(said).not.toMatch(HANDLEBARS_ENGLISH);
    expect(line).toBe(lineOf(text, at));
    // Drawn without a check first (a template file compiled on first use): the same words.
    let drawn: unknown;
    try {
      renderTemplate({ text, file: 'templates/notice.hbs' }, { group: { leader: 'A' } });
    } catch (e) {
      drawn = e;
    }
    const e = drawn as { say(lang: string): string; where: { line?: number } };
    expect(e.say('vi')).toBe(`lỗi mẫu: ${says}`);
    expect(e.where.line).toBe(lineOf(text, at));
  });

  it('in campaign.yaml’s body: `check` names the file’s line and the field, in one Vietnamese sentence', async () => {
    const dir = await makeTempDir('syntax-');
    await cp(dirname(EXAMPLE_CAMPAIGN), dir, { recursive: true });
    const file = join(dir, 'campaign.yaml');
    const good = await readFile(file, 'utf8');
    // The office typed "{{" and never closed it, in the body's first paragraph.
    const first = /^ {4}(\S.*)$/m.exec(good.slice(good.indexOf('  body: |')))?.[1] ?? '';
    const words = first.split(' ');
    const typed = [...words.slice(0, 2), '{{group.name', ...words.slice(2)].join(' ');
    const broken = good.replace(first, typed);
    await writeFile(file, broken);
    const r = await runCliInProcess([
      'check',
      '--lang',
      'vi',
      '--campaign',
      file,
      '--groups',
      join(dir, 'groups.csv'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(HANDLEBARS_ENGLISH);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain(
      `lỗi: ${file}, dòng ${lineOf(broken, '{{group.name ')}, mục “notice.body”: lỗi mẫu: có “{{” chưa được đóng: thêm “}}” ngay sau tên biến, hoặc xoá “{{” nếu không định chèn biến`,
    );
    expect(lines.filter((l) => l.startsWith('gợi ý:'))).toEqual([]);
  });
});
