/**
 * A leader written otherwise in a new groups list is the same leader (review35 #6): the leaders'
 * record ("name|phone", leaderKey) compared by sameLeader — the name's spaces and capitals aside,
 * the phone by its number, with its 0 or the country code alike; another phone or another name
 * (Hùng is not Hưng) is another leader.
 */
import { describe, expect, it } from 'vitest';
import { leaderKey, sameLeader } from '../../src/load/groups/same-names.js';

const HUNG = leaderKey({ leader: 'Nguyễn Văn Hùng', phone: '0912 345 678' });

describe('sameLeader', () => {
  it('takes a leader written otherwise for the same one', () => {
    for (const phone of ['0912345678', '0912.345.678', '+84 912 345 678', '84912345678'])
      expect(sameLeader(HUNG, leaderKey({ leader: 'nguyễn  văn hùng ', phone }))).toBe(true);
    const landline = leaderKey({ leader: 'Lê Thị Hoa', phone: '024 3845 1234' });
    expect(
      sameLeader(landline, leaderKey({ leader: 'Lê Thị Hoa', phone: '+84 24 3845 1234' })),
    ).toBe(true);
    // No number: the text as it is, by its digits.
    const none = leaderKey({ leader: 'Trần Văn Nam', phone: 'chưa có' });
    expect(sameLeader(none, leaderKey({ leader: 'Trần Văn Nam' }))).toBe(true);
  });

  it('tells another phone or another name apart', () => {
    expect(sameLeader(HUNG, leaderKey({ leader: 'Nguyễn Văn Hùng', phone: '0912 345 679' }))).toBe(
      false,
    );
    expect(sameLeader(HUNG, leaderKey({ leader: 'Nguyễn Văn Hưng', phone: '0912 345 678' }))).toBe(
      false,
    );
  });
});
