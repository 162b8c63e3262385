/**
 * Bench (not a test): what the leader's page pays per request for `samePersonGroups` (a leader
 * of several tổ, serve/links.ts), over a ward of N groups, every tenth leader leading two.
 * Prints the median µs of the first call on a new version of the list, and of a call asking the
 * same list again (every leader's page after the first).
 *
 *   npx tsx bench/same-person-groups.ts [N ...]   (default 220 5000)
 */
import { samePersonGroups } from '../src/serve/links.js';

const NAMES = ['Nguyễn Văn Hùng', 'Trần Thị Thu Hằng', 'Phạm Đức Thắng', 'Lê Thị Ngọc Ánh'];

function ward(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const person = i % 10 === 1 ? i - 1 : i;
    return {
      id: String(i + 1),
      name: `Tổ dân phố số ${i + 1}`,
      leader: `${NAMES[person % NAMES.length]} ${person}`,
      phone: `09${String(10_000_000 + person * 7).padStart(8, '0')}`,
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

for (const n of (process.argv.slice(2).length ? process.argv.slice(2) : ['220', '5000']).map(
  Number,
)) {
  const list = ward(n);
  const again: number[] = [];
  const first: number[] = [];
  for (let r = 0; r < 200; r++) {
    // A new version of the list (one leader's phone changed: the joins are worked out again)…
    const copy = list.map((g, i) => (i === n - 1 ? { ...g, phone: `0988${1_000_000 + r}` } : g));
    let t = process.hrtime.bigint();
    samePersonGroups(copy).get('1');
    first.push(Number(process.hrtime.bigint() - t) / 1000);
    // …then asked again for the next leader's page of the same ward.
    t = process.hrtime.bigint();
    samePersonGroups(copy).get('1');
    again.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  console.log(
    `${n} groups: first call ${median(first).toFixed(0)} µs, asked again ${median(again).toFixed(0)} µs (median of 200)`,
  );
}
