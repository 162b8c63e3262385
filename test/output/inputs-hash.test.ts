/**
 * Output stage: the manifest's `inputs` hash of the groups file, by its text as load read it.
 * A ward of thousands of rows was decoded twice per build, once to read it and once more to hash
 * it (output/inputs-hash.ts textHash): the build now hashes the text load decoded, and the hash
 * is the one it always was — a Windows copy (BOM, CRLF) and Excel's "Unicode Text" hash as their
 * text, a workbook as its bytes — so earlier manifests and other machines' shards still match.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { flyer } from '../../src/kinds/flyer.js';
import { loadGroupsReport } from '../../src/load/groups/index.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { inputsHash } from '../../src/output/inputs-hash.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const sha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

const ROWS = [
  'STT;Tên tổ dân phố;Tổ trưởng',
  '1;Tổ dân phố số 1;Nguyễn Văn Hùng',
  '2;Tổ dân phố Cầu Đất;Trần Thị Thu Hằng',
];

/** The inputs hash of a campaign "title: Tên" and the list as load read it, nothing else. */
const hashWith = (report: Awaited<ReturnType<typeof loadGroupsReport>>) =>
  inputsHash({
    campaignBytes: new TextEncoder().encode('title: Tên\n'),
    groupsBytes: report.bytes,
    ...(report.text !== undefined && { groupsText: report.text }),
    templates: new Map(),
    rosters: new Map(),
  });

async function fileOf(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(await makeTempDir('phuong-print-inputs-hash-'), name);
  await writeFile(file, bytes);
  return file;
}

describe('the groups file in the manifest’s inputs hash', () => {
  it('is decoded once in a build: read, then hashed as read', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${ROWS.join('\r\n')}\r\n`);
    const groups = await fileOf('groups.csv', bytes);
    const inputs = await loadBuildInputs({ campaign: EXAMPLE_CAMPAIGN, groups }, [flyer]);
    // The hash is of the text load decoded: the file's bytes are not decoded again (were they,
    // bytes that are no list at all would change it). No module is mocked: the forks share
    // their modules across test files (vitest.config.ts, isolate: false).
    const hash = inputsHash(inputs);
    expect(inputsHash({ ...inputs, groupsBytes: new Uint8Array([0xff, 0xfe, 0x00]) })).toBe(hash);
  });

  it.each([
    ['a Windows copy (BOM, CRLF)', 'groups.csv', `\uFEFF${ROWS.join('\r\n')}\r\n`, 'utf-8'],
    ['a copy with LF', 'groups.csv', `${ROWS.join('\n')}\n`, 'utf-8'],
    [
      'Excel’s “Unicode Text”',
      'groups.txt',
      `\uFEFF${ROWS.join('\r\n').replaceAll(';', '\t')}\r\n`,
      'utf-16le',
    ],
  ])('hashes %s by its text, its lines ended by LF', async (_, name, text, encoding) => {
    const file = await fileOf(name, iconv.encode(text, encoding));
    const report = await loadGroupsReport(file);
    const read = text.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
    expect(hashWith(report)).toBe(sha([sha('title: Tên\n'), sha(read)].join('\n')));
  });

  it('hashes a workbook by its bytes', async () => {
    const file = fileURLToPath(new URL('../fixtures/qa25-money/groups.xlsx', import.meta.url));
    const report = await loadGroupsReport(file);
    expect(hashWith(report)).toBe(sha([sha('title: Tên\n'), sha(await readFile(file))].join('\n')));
  });
});

/** A roster of tổ 1 (a Windows copy: BOM, CRLF), as an office exports it. */
const ROSTER = [
  'STT;Họ và tên;Địa chỉ',
  '1;Nguyễn Thị Mai;Số 3 ngõ 12',
  '2;Lê Văn Bình;Số 5 ngõ 12',
];

describe('a roster in the manifest’s inputs hash', () => {
  it('is decoded once in a build: read, then hashed as read, by its text', async () => {
    const dir = await makeTempDir('phuong-print-inputs-hash-');
    const groups = join(dir, 'groups.csv');
    await writeFile(groups, `${ROWS.join('\n')}\n`);
    await mkdir(join(dir, 'rosters'));
    await writeFile(join(dir, 'rosters', '1.csv'), `\uFEFF${ROSTER.join('\r\n')}\r\n`);
    const inputs = await loadBuildInputs(
      { campaign: EXAMPLE_CAMPAIGN, groups, rosters: join(dir, 'rosters') },
      [flyer],
    );
    expect([...inputs.rosters.keys()]).toEqual(['1']);
    // Its bytes are not decoded again: bytes that are no roster at all leave the hash as it is.
    const garbled = new Map(
      [...inputs.rosters].map(([id, r]) => [id, { ...r, bytes: new Uint8Array([0xff, 0xfe, 0]) }]),
    );
    expect(inputsHash({ ...inputs, rosters: garbled })).toBe(inputsHash(inputs));
    // The roster's part of the hash is its text as written, lines ended by LF, no BOM.
    const campaignOnly = { campaignBytes: new TextEncoder().encode('title: Tên\n') };
    expect(
      inputsHash({
        ...campaignOnly,
        groupsBytes: new Uint8Array(),
        templates: new Map(),
        rosters: inputs.rosters,
      }),
    ).toBe(
      sha([sha('title: Tên\n'), sha(new Uint8Array()), sha(`${ROSTER.join('\n')}\n`)].join('\n')),
    );
  });
});
