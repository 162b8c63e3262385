/**
 * Bench (not a test): what the studio's groups tab pays per view for the ward's list origins
 * (studio/groups-origin.ts `listOrigins`, read by routes-groups.ts `listOriginSaid`): every
 * campaign's groups file read and hashed. N campaigns (default 20), each with a groups list of
 * G groups (default 220, the size of a big ward). Prints the median ms of a view.
 *
 *   npx tsx bench/list-origins.ts [N] [G]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listOrigins } from '../src/studio/groups-origin.js';

const n = Number(process.argv[2] ?? 20);
const g = Number(process.argv[3] ?? 220);
const dir = await mkdtemp(join(tmpdir(), 'bench-list-origins-'));
const rows = Array.from(
  { length: g },
  (_, i) => `${i + 1};Tổ dân phố số ${i + 1};Nguyễn Văn Hùng ${i};09${String(10_000_000 + i * 7)}`,
);
const campaigns = Array.from({ length: n }, (_, i) => ({ slug: `c${i}`, name: `Chiến dịch ${i}` }));
for (const [i, c] of campaigns.entries()) {
  await mkdir(join(dir, c.slug));
  await writeFile(
    join(dir, c.slug, 'groups.csv'),
    `Mã;Tên tổ;Tổ trưởng;Điện thoại\n${rows.join('\n')}\n${i}\n`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const times: number[] = [];
for (let r = 0; r < 200; r++) {
  const t = process.hrtime.bigint();
  const all = await listOrigins(dir, campaigns);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
  if (all.length !== n) throw new Error(`${all.length} origins of ${n}`);
}
console.log(
  `${n} campaigns × ${g} groups: first view ${times[0]?.toFixed(2)} ms, later views median ${median(times.slice(1)).toFixed(2)} ms`,
);
await rm(dir, { recursive: true, force: true });
