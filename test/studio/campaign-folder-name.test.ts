/**
 * A campaign's folder — and so its address in the studio and every leader's link — is made from
 * the name typed on "Chiến dịch mới", at most 60 characters, cut at the end of a word: qa6 H12
 * found "…-cong-an-phuong-ben-than" ("bến than") for "… Công an phường Bến Thành".
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedInForTests } from './studio.js';

const NAME = 'Cấp định danh điện tử mức 2 lưu động - Công an phường Bến Thành';
/** The name's words without their marks, as a folder name spells them. */
const WORDS = 'cap dinh danh dien tu muc 2 luu dong cong an phuong ben thanh'.split(' ');

describe('the folder of a campaign with a long name', () => {
  const st = signedInForTests();

  const create = async (name: string) => {
    const res = await st.c.upload('/new', 'docx', '', new Uint8Array(), { name, from: '' });
    expect(res.status).toBe(303);
    return (res.headers.get('location') ?? '').replace(/^\/c\//, '').replace(/\?.*$/, '');
  };

  it('is the name’s first words, whole, within 60 characters', async () => {
    const slug = await create(NAME);
    expect(slug.length).toBeLessThanOrEqual(60);
    const parts = slug.split('-');
    // Every part is the name's word in its place: none cut short.
    expect(parts).toEqual(WORDS.slice(0, parts.length));
    expect(slug).toBe('cap-dinh-danh-dien-tu-muc-2-luu-dong-cong-an-phuong-ben');
    expect(await readFile(join(st.s.dataDir, 'campaigns', slug, 'studio-name.txt'), 'utf8')).toBe(
      `${NAME}\n`,
    );
  });

  it('of a second campaign whose name starts the same is whole words and a number', async () => {
    const slug = await create(`${NAME} đợt 2`);
    expect(slug.length).toBeLessThanOrEqual(60);
    const [number, ...words] = slug.split('-').reverse();
    expect(number).toBe('2');
    expect(words.reverse()).toEqual(WORDS.slice(0, words.length));
  });
});
