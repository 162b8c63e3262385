/**
 * A leader's figure larger than what it can count, for a groups file without a population
 * (qa5 G13: an election's list has "Số cử tri", not "Số nhân khẩu", and 20.000 voters were saved
 * for a thôn of 560 voters without a word). The leader's form refuses it, naming the group, the
 * figure and its base — the thôn's voters, or, with no voters either, its households at ten
 * people each — and saves it once the leader confirms; a plausible figure is saved at once.
 */
import { describe, expect, it } from 'vitest';
import { measureWard, servedResults } from './measure-ward.js';
import { sendFigures } from './server.js';

const GROUPS = [
  'STT;Tên thôn;Trưởng thôn;Số hộ;Số cử tri',
  '1;Thôn Ỷ La;Nguyễn Văn Hải;198;560',
  '2;Thôn Đồng;Lê Thị Mai;150;',
  '3;Thôn Hạ;Phạm Văn Nam;120;0',
].join('\r\n');

const { s, saved: savedOf } = servedResults(async () => {
  const made = await measureWard(
    'results-bases-',
    '{ id: da_bau, label: Số cử tri đã đi bầu, of: people }',
    GROUPS,
  );
  expect(made.ward.campaign.measures.map((m) => m.label)).toEqual(['Số cử tri đã đi bầu']);
  return made;
});

/** The leader's form as the page sends it, with `figure` typed and the box ticked or not. */
const send = (id: string, figure: string, confirm = false) =>
  sendFigures(s.url, id, { so_da_bau: figure }, confirm);

const saved = (id: string) => savedOf(id, 'da_bau');

describe('a figure above the group’s voters or households', () => {
  it('refuses 20.000 voters for a thôn of 560 voters, naming the thôn, the figure and its voters', async () => {
    const r = await send('1', '20000');
    expect(r.status).toBe(422);
    expect(r.html).toContain(
      '“Số cử tri đã đi bầu”: 20.000 lớn hơn số cử tri của thôn Ỷ La (560). Nếu đúng là như vậy, hãy đánh dấu ô xác nhận bên dưới rồi bấm Lưu lại.',
    );
    expect(r.html).toContain('name="xac_nhan"');
    expect(await saved('1')).toBeUndefined();
  });

  it('saves a figure within the voters, and a larger one once the leader confirms it', async () => {
    expect((await send('1', '480')).status).toBe(303);
    expect((await saved('1'))?.value).toBe(480);
    expect((await send('1', '600', true)).status).toBe(303);
    expect((await saved('1'))?.value).toBe(600);
  });

  it('without voters, refuses more than ten people a household, naming the households', async () => {
    const r = await send('2', '20000');
    expect(r.status).toBe(422);
    expect(r.html).toContain(
      '“Số cử tri đã đi bầu”: 20.000 người là quá nhiều so với 150 hộ của thôn Đồng (hơn 10 người một hộ).',
    );
    expect(await saved('2')).toBeUndefined();
    expect((await send('2', '420')).status).toBe(303);
    expect((await saved('2'))?.value).toBe(420);
  });

  it('takes 0 voters as not known: 50 is saved, and only the households bound (qa20 finding 3)', async () => {
    const r = await send('3', '50');
    expect(r.html).not.toContain('lớn hơn số cử tri');
    expect(r.status).toBe(303);
    expect((await saved('3'))?.value).toBe(50);
    const many = await send('3', '5000');
    expect(many.status).toBe(422);
    expect(many.html).toContain('5.000 người là quá nhiều so với 120 hộ của thôn Hạ');
  });
});
