/**
 * A list's repeated controls are told apart by a screen reader (qa30 5): each row's "Chép đường
 * dẫn" and "Mở thử" on the leaders' tab, "Đổi tên" and "Xoá" on the campaigns' list, "Đặt lại mật
 * khẩu" and "Xoá" on the users' page, name their
 * row (in words only a screen reader reads: the names come from the page's text, a hidden span
 * included, as a browser computes them). Read from the HTML the studio answers.
 */
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { addTestUser, type Client, studioWithExample, type TestStudio } from './studio.js';

const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim();
const hasClass = (e: Element, name: string) => (e.attribs.class ?? '').split(' ').includes(name);

/** Each row of `page` (an `li` of the lists of class `list`): its own name and its row actions' names. */
function rows(page: string, list: string, own: (li: Element) => string) {
  const doc = parseDocument(page).children;
  // The campaigns' list is one list a year.
  const uls = DomUtils.findAll((e) => e.name === 'ul' && hasClass(e, list), doc);
  const items = DomUtils.findAll((e) => e.name === 'li', uls);
  return items.map((li) => {
    const actions = DomUtils.findOne((e) => hasClass(e, 'row-actions'), [li], true);
    const controls = DomUtils.findAll(
      (e) => e.name === 'a' || e.name === 'button',
      actions ? [actions] : [],
    );
    return { name: own(li), controls: controls.map(text) };
  });
}

describe('the names of a list’s row actions', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithExample());
    expect((await c.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders')).status).toBe(
      303,
    );
    const made = await c.upload('/new', 'docx', '', new Uint8Array(), { name: 'Phòng chống bão' });
    expect(made.status).toBe(303);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('on the leaders’ tab, each row’s copy button and link name its group', async () => {
    const page = (await c.get('/c/hai-phong/leaders')).text;
    const seen = rows(page, 'leader-links', (li) => {
      const strong = DomUtils.findOne((e) => e.name === 'strong', [li], true);
      return strong ? text(strong) : '';
    });
    expect(seen.length).toBeGreaterThan(5);
    const names = seen.flatMap((r) => r.controls);
    expect(new Set(names).size).toBe(names.length);
    for (const r of seen) {
      expect(r.controls).toEqual([`Chép đường dẫn của ${r.name}`, `Mở thử trang của ${r.name}`]);
    }
  });

  it('on the campaigns’ list, each row’s rename and delete links name its campaign', async () => {
    const page = (await c.get('/')).text;
    const seen = rows(page, 'campaigns', (li) => {
      const open = DomUtils.findOne((e) => e.name === 'a' && hasClass(e, 'open'), [li], true);
      return open ? text(open) : '';
    });
    expect(seen.map((r) => r.name)).toContain('Phòng chống bão');
    expect(seen.length).toBe(2);
    const names = seen.flatMap((r) => r.controls);
    expect(new Set(names).size).toBe(names.length);
    for (const r of seen) {
      expect(r.controls).toEqual([`Đổi tên chiến dịch “${r.name}”`, `Xoá chiến dịch “${r.name}”`]);
    }
  });

  it('on the users’ page, each other user’s reset and remove links name the account', async () => {
    await addTestUser(s.store.db, 'lan.vhxh', 'mật khẩu của Lan');
    await addTestUser(s.store.db, 'thu.tuphap', 'mật khẩu của Thu');
    const page = (await c.get('/users')).text;
    const seen = rows(page, 'users', (li) => {
      const strong = DomUtils.findOne((e) => e.name === 'strong', [li], true);
      return strong ? text(strong) : '';
    });
    const others = seen.filter((r) => r.name !== 'admin');
    expect(others.map((r) => r.name).sort()).toEqual(['lan.vhxh', 'thu.tuphap']);
    const names = seen.flatMap((r) => r.controls);
    expect(new Set(names).size).toBe(names.length);
    for (const r of others) {
      expect(r.controls).toEqual([
        `Đặt lại mật khẩu của “${r.name}”`,
        `Xoá người dùng “${r.name}”`,
      ]);
    }
  });
});
