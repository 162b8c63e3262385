/**
 * The ward-wide words of a merged ward that mixes units (qa28 m2): tổ dân phố, khu phố, thôn and
 * one "Khu dân cư số 5". Before, the leaders' tab read "Trang tổ trưởng tổ dân phố, trưởng khu
 * phố, trưởng thôn, trưởng khu dân cư" and the build tab said that list twice in one sentence;
 * and one renamed "Khu dân cư số 5" among 79 "Tổ dân phố" made the whole ward "khu dân cư". Now
 * more than two kinds are named by the law's two titles (tổ dân phố's and thôn's, the one of more
 * groups first), no sentence repeats them, and a kind of nine in ten names stays the ward's word.
 * What a reader sees: the studio's pages, `check`'s line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGroupsFile } from '../support/cli.js';
import { removeTempDirs } from '../support/tmp.js';
import { buildAndWait } from './build-wait.js';
import { visible } from './results-figures.js';
import { type Client, studioWithExample, type TestStudio } from './studio.js';

const slug = 'hai-phong';
const rows = (names: readonly string[]) =>
  ['STT;Tên đơn vị;Người phụ trách', ...names.map((n, i) => `${i + 1};${n};Người ${i + 1}`)].join(
    '\r\n',
  );
const range = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i + 1));

/**
 * 2 tổ dân phố, 1 khu phố, 1 thôn, 1 khu dân cư: urban units 3 (+ the khu dân cư), villages 1 —
 * four kinds, the tổ dân phố's the most, in five groups (the build tab's sentence needs a build,
 * and every group is a few documents to draw: not 12).
 */
const MIXED = rows([
  ...range(2, (i) => `Tổ dân phố ${i}`),
  'Khu phố 1',
  'Thôn 1',
  'Khu dân cư số 5',
]);

describe('a ward of four kinds of unit, in the studio (qa28 m2)', () => {
  let s: TestStudio;
  let office: Client;
  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: MIXED }));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('names the heads by the law’s two titles on the leaders’ tab, not four', async () => {
    const page = visible((await office.get(`/c/${slug}/groups`)).text);
    expect(page).toContain('Trang tổ trưởng tổ dân phố, trưởng thôn');
    expect(page).not.toContain('trưởng khu phố, trưởng');
  });

  it('says the heads once in the build tab’s sentence', async () => {
    expect((await buildAndWait(office, slug)).state).toBe('done');
    const page = visible((await office.get(`/c/${slug}/build`)).text);
    const sentence = /Gửi cho [^.]*\./.exec(page)?.[0] ?? '';
    expect(sentence).toContain('Gửi cho tổ trưởng tổ dân phố, trưởng thôn qua Zalo');
    expect(sentence.match(/tổ trưởng tổ dân phố/g)).toHaveLength(1);
  });
});

describe('one renamed group among a ward of one kind (qa28 m2)', () => {
  afterAll(removeTempDirs);

  it('keeps the ward’s word: 79 “Tổ dân phố” and one “Khu dân cư số 5” are 80 tổ dân phố', async () => {
    const names = range(80, (i) => (i === 10 ? 'Khu dân cư số 5' : `Tổ dân phố ${i}`));
    const r = await checkGroupsFile('tan-binh.csv', rows(names));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 80 tổ, /);
    expect(r.stderr).toContain('(tổ dân phố: 79, khu dân cư: 1)');
  });

  it('still speaks of three thôn and two tổ dân phố as khu dân cư (no kind of nine in ten)', async () => {
    const names = [...range(3, (i) => `Thôn ${i}`), ...range(2, (i) => `Tổ dân phố ${i}`)];
    const r = await checkGroupsFile('xa.csv', rows(names));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ổn: 5 khu dân cư, /);
  });
});
