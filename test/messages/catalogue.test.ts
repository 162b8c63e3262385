/**
 * The catalogue is complete: every message the stages write (`msg\`…\`` anywhere in src/, found
 * by reading the source) has its Vietnamese, with the same values in it, in NFC, and each one said
 * with sample values comes out with no English template left; and the catalogue holds nothing
 * that no longer exists. A new message without its Vietnamese fails here, by file and line.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { type Message, msg, say } from '../../src/messages/message.js';
import { vi } from '../../src/messages/vi/index.js';
import { messageKeys } from './message-keys.js';

const VI = vi();

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const found = messageKeys(SRC);
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
/** Each value a text says, once: a translation may say one twice ("{0} bằng 0 … “có {0} bằng 0”"). */
const values = (s: string) => [...new Set(placeholders(s))];

describe('the Vietnamese catalogue', () => {
  it('finds the messages (the scan works)', () => {
    expect(found.length).toBeGreaterThan(300);
    expect(found.map((f) => f.key)).toContain('the id "{0}" is already used by row {1}');
  });

  it('has Vietnamese for every message in src/', () => {
    const missing = found.filter((f) => VI[f.key] === undefined);
    expect(missing.map((f) => `${f.file}:${f.line}: ${f.key}`)).toEqual([]);
  });

  it('keeps every value of a message, and is NFC', () => {
    for (const [key, vi] of Object.entries(VI)) {
      expect(values(vi), key).toEqual(values(key));
      expect(vi, key).toBe(vi.normalize('NFC'));
    }
  });

  it('says a message with sample values in Vietnamese, not in English', () => {
    for (const { key } of found) {
      const values = placeholders(key).map((_, i) => `V${i}`);
      const m: Message = { key, values };
      const said = say(m, 'vi');
      expect(said).not.toMatch(/\{\d+\}/);
      // Only a text that is the same in both languages (a name, a code word) reads as English.
      if (key !== VI[key]) expect(said, key).not.toBe(say(m, 'en'));
    }
  });

  it('holds no entry for a message that no longer exists', () => {
    const keys = new Set(found.map((f) => f.key));
    expect(Object.keys(VI).filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('a problem in both languages', () => {
  const e = new UserError(
    msg`the id "${'7'}" is already used by row ${3}`,
    { file: 'to.csv', row: 5, field: 'STT' },
    msg`Every group needs its own id; renumber one of the two rows.`,
  );

  it('in English, as the CLI printed it before', () => {
    expect(e.message).toBe('the id "7" is already used by row 3');
    expect(e.describe('en')).toBe(
      'to.csv, row 5, field "STT": the id "7" is already used by row 3',
    );
  });

  it('in Vietnamese: row and column named as the office says them', () => {
    expect(e.describe('vi')).toBe('to.csv, dòng 5, cột “STT”: mã “7” trùng với dòng 3');
    expect(e.hintIn('vi')).toBe('Mỗi tổ cần một mã riêng; đánh số lại một trong hai dòng.');
  });
});
