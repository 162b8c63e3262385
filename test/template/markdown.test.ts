/**
 * The body's Markdown-like text as blocks: what each construct becomes, and what cannot be
 * printed reported with the line it is on (1-based in the text; template-checks.ts maps it to
 * the campaign file's line).
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/load/normalize.js';
import { say } from '../../src/messages/message.js';
import { type Block, linksOf, plainText } from '../../src/template/blocks.js';
import { renderTemplate } from '../../src/template/handlebars.js';
import { parseMarkdown } from '../../src/template/markdown.js';
import { Sections } from '../../src/template/sections.js';

const shape = (blocks: Block[]): string[] =>
  blocks.map((b) => {
    if (b.type === 'item') return `item ${b.depth} ${b.marker} ${plainText(b.runs)}`;
    if (b.type === 'paragraph') return `p${b.level ?? 0} ${plainText(b.runs)}`;
    if (b.type === 'heading') return `h${b.depth} ${plainText(b.runs)}`;
    if (b.type === 'quote') return `quote [${shape(b.blocks).join(' / ')}]`;
    return `table ${b.head.length}x${b.rows.length}`;
  });

describe('parseMarkdown', () => {
  it('keeps list markers as written and nests by indentation', () => {
    const { blocks, problems } = parseMarkdown(
      [
        '1) Một',
        '   a) Một a',
        '   b) Một b',
        '2) Hai',
        '   - gạch',
        '     + cộng',
        '',
        '5. Năm',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(shape(blocks)).toEqual([
      'item 0 1) Một',
      'item 1 a) Một a',
      'item 1 b) Một b',
      'item 0 2) Hai',
      'item 1 - gạch',
      'item 2 + cộng',
      'item 0 5. Năm',
    ]);
  });

  it('makes consecutive "a)" lines separate items, not one paragraph', () => {
    const { blocks } = parseMarkdown('a) Giải nhất;\nb) Giải nhì;\nđ) Giải khuyến khích.');
    expect(shape(blocks)).toEqual([
      'item 0 a) Giải nhất;',
      'item 0 b) Giải nhì;',
      'item 0 đ) Giải khuyến khích.',
    ]);
  });

  it('keeps "1\\." escapes, bold, italic, hard breaks and bare URLs as links', () => {
    const { blocks } = parseMarkdown(
      '1\\. Không phải danh sách **đậm** *nghiêng*  \ndòng mới\\\ndòng nữa https://vneid.gov.vn/a-b',
    );
    expect(blocks).toHaveLength(1);
    const b = blocks[0] as Extract<Block, { type: 'paragraph' }>;
    expect(plainText(b.runs)).toBe(
      '1. Không phải danh sách đậm nghiêng\ndòng mới\ndòng nữa https://vneid.gov.vn/a-b',
    );
    expect(b.runs.find((r) => r.text === 'đậm')?.bold).toBe(true);
    expect(b.runs.find((r) => r.text === 'nghiêng')?.italic).toBe(true);
    expect(linksOf(blocks)).toEqual(['https://vneid.gov.vn/a-b']);
  });

  it('reads quotes, indented paragraphs and tables (links in cells count)', () => {
    const { blocks, problems } = parseMarkdown(
      [
        '> Trích dẫn',
        '',
        '    Đoạn thụt lề',
        '',
        '| A | B |',
        '|:-:|---|',
        '| 1 | https://dichvucong.gov.vn |',
        '| 2 | x<br>y |',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(shape(blocks)).toEqual(['quote [p0 Trích dẫn]', 'p1 Đoạn thụt lề', 'table 2x2']);
    const table = blocks[2] as Extract<Block, { type: 'table' }>;
    expect(table.align).toEqual(['center', undefined]);
    expect(plainText(table.rows[1]?.[1] ?? [])).toBe('x\ny');
    expect(linksOf(blocks)).toEqual(['https://dichvucong.gov.vn']);
  });

  it('gives each caller its own blocks when a text is parsed again (one notice body, many groups)', () => {
    const text = [
      '> **Trích** dẫn',
      '',
      '- Mục một',
      '',
      '| A | B |',
      '|---|---|',
      '| 1 | 2 |',
    ].join('\n');
    const first = parseMarkdown(text).blocks;
    const expected = shape(first);
    // What one group's document does to its blocks must not reach the next group's.
    const quote = first[0] as Extract<Block, { type: 'quote' }>;
    quote.blocks.length = 0;
    const item = first[1] as Extract<Block, { type: 'item' }>;
    const run = item.runs[0];
    if (run) run.text = 'đã đổi';
    const table = first[2] as Extract<Block, { type: 'table' }>;
    table.rows.length = 0;
    const again = parseMarkdown(text);
    expect(again.problems).toEqual([]);
    expect(shape(again.blocks)).toEqual(expected);
    expect(shape(again.blocks)).toEqual(['quote [p0 Trích dẫn]', 'item 0 - Mục một', 'table 2x1']);
  });

  it('prints "~" and backticks as written', () => {
    const { blocks, problems } = parseMarkdown('Từ 7h~9h và 14h~16h, mã `A1`.');
    expect(problems).toEqual([]);
    expect(plainText((blocks[0] as Extract<Block, { type: 'paragraph' }>).runs)).toBe(
      'Từ 7h~9h và 14h~16h, mã `A1`.',
    );
  });

  it('reports what it cannot print with its line', () => {
    const { problems } = parseMarkdown(
      [
        'Đoạn một.',
        '',
        '![ảnh](a.png)',
        '',
        '- [ ] việc',
        '',
        '| A | B |',
        '|---|---|',
        '| 1 | 2 | 3 |',
        '',
        '[x]: https://a.vn',
      ].join('\n'),
    );
    expect(
      problems.map((p) => [
        p.line,
        /image|task|3 cells|link definition/.exec(say(p.message, 'en'))?.[0],
      ]),
    ).toEqual([
      [3, 'image'],
      [5, 'task'],
      [9, '3 cells'],
      [11, 'link definition'],
    ]);
  });
});

describe('a body indented with tabs (as loaded from campaign.yaml)', () => {
  it('nests and sets in as the same body indented with spaces', () => {
    const tabs = '1) Một\n\t- gạch\n\t\t+ cộng\n\nĐoạn.\n\n\tĐoạn thụt lề\tcó tab';
    const spaces = '1) Một\n    - gạch\n        + cộng\n\nĐoạn.\n\n    Đoạn thụt lề có tab';
    expect(shape(parseMarkdown(normalizeText(tabs)).blocks)).toEqual(
      shape(parseMarkdown(spaces).blocks),
    );
    expect(shape(parseMarkdown(spaces).blocks)).toEqual([
      'item 0 1) Một',
      'item 1 - gạch',
      'item 2 + cộng',
      'p0 Đoạn.',
      'p1 Đoạn thụt lề có tab',
    ]);
  });
});

describe('bold and italic marks round nothing (an empty cell filled in)', () => {
  /** The body as a template fills it in for a group, then read as the notice prints it. */
  const filledBlocks = (body: string, group: Record<string, string>): Block[] =>
    Sections.parse(
      renderTemplate({ text: `@@ body\n${body}`, file: 'test' }, { group }),
      'test',
    ).blocks('body');
  const filled = (body: string, group: Record<string, string>): string[] =>
    filledBlocks(body, group).map((b) =>
      b.type === 'paragraph'
        ? b.runs
            .map((r) => (r.bold ? `[b:${r.text}]` : r.italic ? `[i:${r.text}]` : r.text))
            .join('')
        : `(${b.type})`,
    );
  const empty = { venue: '', officer: '' };

  it('print nothing: bold, italic, both, in brackets or quotes, with * or _', () => {
    const body = [
      'Lớp học tổ chức tại **{{group.venue}}**, ngày **06/01/2027**.',
      'Tại ***{{group.venue}}*** (*{{group.venue}}*) “_{{group.venue}}_”.',
      'Phụ trách: __{{group.venue}} {{group.officer}}__; ** {{group.venue}} **.',
    ].join('\n\n');
    expect(filled(body, empty)).toEqual([
      'Lớp học tổ chức tại , ngày [b:06/01/2027].',
      'Tại  () “”.',
      'Phụ trách: ; **  **.',
    ]);
    expect(filled(body, { venue: 'Nhà văn hóa', officer: 'Lê Hoa' })).toEqual([
      'Lớp học tổ chức tại [b:Nhà văn hóa], ngày [b:06/01/2027].',
      'Tại [b:Nhà văn hóa] ([i:Nhà văn hóa]) “[i:Nhà văn hóa]”.',
      'Phụ trách: [b:Nhà văn hóa Lê Hoa]; ** Nhà văn hóa **.',
    ]);
  });

  it('bold round two values, the first empty, is bold round the second', () => {
    const body =
      'Phụ trách: **{{group.venue}} {{group.officer}}**, *{{group.officer}} {{group.venue}}*.';
    expect(filled(body, { venue: '', officer: 'Lê Hoa' })).toEqual([
      'Phụ trách: [b: Lê Hoa], [i:Lê Hoa ].',
    ]);
  });

  it('an {{#if}} that printed nothing before a "*" bullet leaves the list a list', () => {
    const blocks = filledBlocks('* một\n{{#if group.venue}}\n* hai\n{{/if}}\n* ba', empty);
    expect(shape(blocks)).toEqual(['item 0 * một', 'item 0 * ba']);
  });

  it('a line of marks round nothing is no rule and no empty paragraph', () => {
    expect(
      filled('Mở đầu\n\n__{{group.venue}}__\n\n***{{group.venue}}***\n\nKết thúc', empty),
    ).toEqual(['Mở đầu', 'Kết thúc']);
  });

  it('marks the office typed print as typed', () => {
    const body = [
      'Những ô có dấu ** là bắt buộc; 2 ** 3; ghi **** vào ô trống.',
      '**Chú ý:** mang theo CCCD, **Giờ:** 7 giờ 30.',
      'Ghi \\*\\* vào ô trống.',
    ].join('\n\n');
    expect(filled(body, empty)).toEqual([
      'Những ô có dấu ** là bắt buộc; 2 ** 3; ghi **** vào ô trống.',
      '[b:Chú ý:] mang theo CCCD, [b:Giờ:] 7 giờ 30.',
      'Ghi ** vào ô trống.',
    ]);
  });
});
