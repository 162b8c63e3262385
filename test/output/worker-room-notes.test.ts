/**
 * A build's worker threads read the inputs without the room notes (inputs.ts `roomNotes: false`):
 * laying out the roomiest groups' documents once more, only for warnings the main thread says
 * anyway, cost each worker ~0.1–0.4 s of CPU a build. The build still says the note, once, with
 * its worker threads (a table whose words must be split: notice-table-split-words.test.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { vneidCampaign } from '../fixtures/vneid-campaign.js';
import { runCliInProcess } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const LINK = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
const TABLE = `| Mẫu đơn đăng ký | Tài liệu hướng dẫn |\n|---|---|\n| ${LINK('1caLTXEfTl2wTt2pHLLFySlQ6JSEgfOcXyZw1234567890')} | ${LINK('1wXv6ooui5i3PxzGptGiulCfmDGgM0ugAbCd0987654321')} |`;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-worker-room-');
  const campaign = vneidCampaign(['Cài đặt ứng dụng VNeID']).replace(
    'body: Đề nghị các thôn vận động người dân cài đặt ứng dụng VNeID./.',
    `body: |\n    Đề nghị các thôn vận động người dân cài đặt ứng dụng VNeID:\n\n${TABLE.split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}\n\n    Trân trọng./.`,
  );
  await writeFile(join(dir, 'campaign.yaml'), campaign);
  await writeFile(
    join(dir, 'groups.csv'),
    'STT;Tên thôn\n1;Thôn Đông Hòa\n2;Thôn Tây Hòa\n3;Thôn Nam Hòa\n4;Thôn Bắc Hòa\n',
  );
});
afterAll(removeTempDirs);

const spec = () => ({ campaign: join(dir, 'campaign.yaml'), groups: join(dir, 'groups.csv') });
const splitNotes = (warnings: readonly { message: string }[]) =>
  warnings.filter((w) => /too wide for the page/.test(w.message));

it('reads the inputs without the room notes for a worker, with them for the main thread', async () => {
  expect(splitNotes((await loadBuildInputs(spec(), [notice])).warnings)).toHaveLength(1);
  const worker = await loadBuildInputs(spec(), [notice], { roomNotes: false });
  expect(splitNotes(worker.warnings)).toEqual([]);
  // Nothing else a worker draws from differs.
  expect(worker.kinds.map((k) => k.name)).toEqual(['notice']);
  expect(worker.groups.map((g) => g.id)).toEqual(['1', '2', '3', '4']);
});

it('still says the note once when the build draws on worker threads', async () => {
  const r = await runCliInProcess(
    ['build', '--campaign', spec().campaign, '--groups', spec().groups].concat(
      ['--out', join(dir, 'out'), '--kind', 'notice', '--jobs', '2'],
    ),
    { env: { LANG: 'vi_VN.UTF-8' } },
  );
  expect(r.code, r.stderr).toBe(0);
  const said = r.stderr.split('\n').filter((l) => l.includes('bảng thứ 1'));
  expect(said, r.stderr).toHaveLength(1);
  expect(said[0]).toContain('notice.body');
});
