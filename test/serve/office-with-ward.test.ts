/**
 * The web pages name the office as the printed papers do (qa7 A5): an office named with the
 * unit's word at its end ("Công an xã") takes the ward's name ("Công an xã Đông Hưng"), not
 * "Công an xã, xã Đông Hưng" nor "Công an xã · xã Đông Hưng". What a reader sees: the page's text.
 */
import { describe, expect, it } from 'vitest';
import { errorPage } from '../../src/serve/html.js';

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('a wrong link’s page names whom to ask', () => {
  it('says "Công an xã Đông Hưng" for a xã’s police', () => {
    const text = textOf(
      errorPage(404, undefined, {
        unit: 'xã',
        office: 'Công an xã',
        ward: 'xã Đông Hưng',
        phone: '0227 3 851 113',
      }),
    );
    expect(text).toContain('gọi cho Công an xã Đông Hưng: 0227 3 851 113');
    expect(text).not.toContain('xã, xã');
  });

  it('keeps the comma for an office that does not end in the unit’s word', () => {
    const text = textOf(
      errorPage(404, undefined, {
        unit: 'phường',
        office: 'Phòng Văn hóa - Xã hội',
        ward: 'phường Lê Chân',
        phone: '',
      }),
    );
    expect(text).toContain('hỏi Phòng Văn hóa - Xã hội, phường Lê Chân.');
  });
});
