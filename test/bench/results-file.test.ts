import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../bench/results-file.js';

/** The scale section as the bench writes it, with one row of `wall` seconds. */
const scale = (wall: string) =>
  ['## scale', '', 'Cold build, one row per ward size.', '', '| groups | wall s |', '|---|---|']
    .concat(`| 3,000 | ${wall} |`, '')
    .join('\n');

const file = [
  '# Benchmarks',
  '',
  scale('83.8'),
  'The 3,000-group row: GNU time 89.6 s wall, written by hand.',
  '',
  'A second paragraph by hand.',
  '',
  '## whole process',
  '',
  'Its own text.',
  '',
].join('\n');

describe('bench/results.md sections', () => {
  it('a new scale table keeps the paragraphs written under the old one, and the next section', () => {
    const text = replaceSection(file, 'scale', scale('59.0'));
    expect(text).toContain('| 3,000 | 59.0 |');
    expect(text).not.toContain('| 3,000 | 83.8 |');
    expect(text).toContain(
      'The 3,000-group row: GNU time 89.6 s wall, written by hand.\n\nA second paragraph by hand.\n\n## whole process',
    );
    expect(text).toContain('## whole process\n\nIts own text.');
    expect(text.match(/## scale/g)).toHaveLength(1);
  });

  it('a section whose body ends in prose is replaced whole', () => {
    const text = replaceSection(file, 'whole process', '## whole process\n\nNew text.\n');
    expect(text).toContain('## whole process\n\nNew text.\n');
    expect(text).not.toContain('Its own text.');
    expect(text).toContain('A second paragraph by hand.');
  });

  it('a missing section is added at the end', () => {
    const text = replaceSection(file, 'serve', '## serve\n\n| a |\n');
    expect(text.endsWith('## serve\n\n| a |\n')).toBe(true);
  });
});
