/**
 * campaign.yaml typed by hand: the YAML mistakes an office worker makes (a Tab, a key written
 * twice, a sentence with ":" left unquoted on many lines, a value starting with "@", a quote
 * left open) → one Vietnamese sentence per mistake, on its line, with what to type instead.
 * Each file is the example notice campaign with the mistake put in here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../src/errors.js';
import { parseCampaign } from '../../src/load/campaign.js';
import { NOTICE_ONLY, userErrorSync } from '../support/inputs.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';

const EXAMPLE = readFileSync(EXAMPLE_CAMPAIGN, 'utf8');

function problems(yaml: string) {
  return problemsOf(userErrorSync(() => parseCampaign(yaml, 'c.yaml'))).map((p) => ({
    line: p.where.line,
    text: p.say('vi'),
    hint: p.hintIn('vi'),
  }));
}

const lineOf = (yaml: string, start: string) =>
  yaml.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('YAML mistakes', () => {
  it('a Tab before "name:" is one problem on its line, not one per line of the section', () => {
    const yaml = NOTICE_ONLY.replace('  name: [', '\tname: [');
    expect(problems(yaml)).toEqual([
      {
        line: lineOf(yaml, '\tname'),
        text: 'dòng này thụt lề bằng phím Tab',
        hint: 'Dùng dấu cách thay cho Tab: tệp YAML chỉ cho thụt lề bằng dấu cách (ví dụ mỗi cấp hai dấu cách).',
      },
    ]);
  });

  it.each([
    ['\t- Thường trực Đảng ủy;', 'a Tab before a list item'],
    ['  \t  - Thường trực Hội đồng nhân dân;', 'a Tab among the spaces'],
  ])('%s (%s): the Tab alone, not what the parser misread after it (qa15)', (typed) => {
    const item = typed.trim();
    const yaml = EXAMPLE.replace(`    ${item}`, typed);
    expect(yaml).not.toBe(EXAMPLE);
    const tab = yaml.split('\n').indexOf(typed) + 1;
    expect(problems(yaml)).toEqual([
      {
        line: tab,
        text: 'dòng này thụt lề bằng phím Tab',
        hint: 'Dùng dấu cách thay cho Tab: tệp YAML chỉ cho thụt lề bằng dấu cách (ví dụ mỗi cấp hai dấu cách).',
      },
    ]);
  });

  it('a Tab in one section does not hide a mistake in a section above it', () => {
    const yaml = EXAMPLE.replace('    - Thường trực Đảng ủy;', '\t- Thường trực Đảng ủy;').replace(
      /^ {2}place: (.*)$/m,
      '  place: $1\n  place: $1',
    );
    const lines = yaml.split('\n');
    expect(problems(yaml).map((p) => p.line)).toEqual([
      lines.lastIndexOf(lines.find((l) => l.startsWith('  place:')) ?? '') + 1,
      lines.findIndex((l) => l.startsWith('\t- ')) + 1,
    ]);
  });

  it('a key written twice names the key and both lines', () => {
    const yaml = NOTICE_ONLY.replace('  number: 27\n', '  number: 27\n  number: 28\n');
    const first = lineOf(yaml, '  number: 27');
    expect(problems(yaml)).toEqual([
      {
        line: first + 1,
        text: `mục “number” viết hai lần (lần đầu ở dòng ${first})`,
        hint: 'Chỉ giữ một: gộp nội dung của cả hai vào một mục “number”, rồi xoá mục còn lại.',
      },
    ]);
  });

  it('steps with an unquoted "Bước thứ 1: …" are one problem listing the lines, with the fix', () => {
    const steps = [1, 2, 3].map((n) => `  - step: Bước thứ ${n}: kiểm tra hệ thống điện`);
    const yaml = `${NOTICE_ONLY}actions:\n${steps.join('\n')}\n`;
    const at = steps.map((s) => lineOf(yaml, s));
    expect(problems(yaml)).toEqual([
      {
        line: at[0],
        text: `câu có dấu hai chấm “:” nên phải đặt trong ngoặc kép (ở ký tự thứ 11; các dòng ${at[1]}, ${at[2]} cũng vậy)`,
        hint: 'Đặt cả câu trong ngoặc kép, ví dụ: step: "Bước thứ 1: kiểm tra hệ thống điện"',
      },
    ]);
  });

  it('a value that begins with "@" is shown quoted', () => {
    const yaml = NOTICE_ONLY.replace('  place: Tân Định', '  place: @Tân Định');
    expect(problems(yaml)).toEqual([
      {
        line: lineOf(yaml, '  place:'),
        text: 'giá trị không được bắt đầu bằng “@” (ở ký tự thứ 10)',
        hint: 'Đặt cả câu trong ngoặc kép, ví dụ: place: "@Tân Định"',
      },
    ]);
  });

  it('a quote left open is said as such', () => {
    const yaml = NOTICE_ONLY.replace('  ward: phường Tân Định', '  ward: "phường Tân Định');
    const [p, ...rest] = problems(yaml);
    expect(rest).toEqual([]);
    expect(p?.text).toBe('có dấu nháy hoặc dấu ngoặc mở ở phía trên mà chưa đóng');
  });

  it('says nothing in English', () => {
    const yaml = NOTICE_ONLY.replace('  name: [', '\tname: [').replace(
      '  number: 27\n',
      '  number: 27\n  number: 28\n',
    );
    for (const p of problems(yaml)) expect(p.text).not.toMatch(/[Tt]abs|must|allowed|line \d/);
  });
});
