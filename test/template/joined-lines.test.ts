/**
 * Which lines of a campaign's text are left out when the time or the place prints nothing for a
 * group (template/joined-lines.ts): in the notice's body, a line that only labels the value
 * ("- Địa điểm: {{where}}.", bold or not); never a sentence that says more, a numbered item (the
 * list would skip its number) or an action's step (its tick box and column would go with it).
 */
import { describe, expect, it } from 'vitest';
import { fillValue } from '../../src/template/handlebars.js';
import { unmarked } from '../../src/template/value-marks.js';

const fill = (text: string, field = 'notice.body') =>
  unmarked(fillValue(text, field, { when: '7 giờ 30', where: '' })).trimEnd();

describe("the notice's body, for a group whose place prints nothing", () => {
  it.each([
    '- Địa điểm: {{where}}.',
    '- Địa điểm: **{{where}}**.',
    '- **Địa điểm:** {{where}}',
    'Nơi tập kết: {{where}}./.',
  ])('leaves out "%s", and keeps the lines around it', (line) => {
    expect(fill(`Lịch ra quân:\n- Thời gian: {{when}}.\n${line}\n- Liên hệ: tổ trưởng.`)).toBe(
      'Lịch ra quân:\n- Thời gian: 7 giờ 30.\n- Liên hệ: tổ trưởng.',
    );
  });

  it.each([
    '2. Địa điểm: {{where}}.',
    'a) Địa điểm: {{where}}.',
    'Kính mời toàn thể nhân dân tham gia ra quân tổng vệ sinh, mang theo dụng cụ tại: {{where}}',
    'Ghi chú: mang theo căn cước; Địa điểm: {{where}}',
    'Lớp học tổ chức tại {{where}}.',
  ])('keeps "%s" (more than a label)', (line) => {
    expect(fill(line)).toBe(line.replace(/\{\{where\}\}/, '').trim());
  });
});

describe("an action's step, for a group whose place prints nothing", () => {
  it('is kept, with its gap: it is a tick box and a column', () => {
    expect(fill('Mang rác ra điểm tập kết: {{where}}', 'actions.step')).toBe(
      'Mang rác ra điểm tập kết:',
    );
  });
});
