/**
 * The groups lists' origins are kept between views of the groups tab (read48 #5: every view read
 * and hashed every campaign's list), by each file's version: a list replaced (other bytes, the
 * same size), and a copy's record of where its list came from written since, are read again.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GROUPS_ORIGIN_FILE, listOriginOf } from '../../src/studio/groups-origin.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('a campaign’s list origin, asked again', () => {
  it('is read again when the list or its record changes', async () => {
    const dir = await makeTempDir();
    await mkdir(join(dir, 'sxh-12'));
    const groups = join(dir, 'sxh-12', 'groups.csv');
    const first = 'Mã;Tên tổ\n1;Tổ 1\n';
    const second = 'Mã;Tên tổ\n1;Tổ 2\n';
    await writeFile(groups, first);
    expect((await listOriginOf(dir, 'sxh-12', 'SXH'))?.sha256).toBe(sha(first));
    expect((await listOriginOf(dir, 'sxh-12', 'SXH'))?.sha256).toBe(sha(first));

    await writeFile(groups, second);
    const replaced = await listOriginOf(dir, 'sxh-12', 'SXH');
    expect(replaced?.sha256).toBe(sha(second));
    expect(replaced?.slug).toBe('sxh-12');

    const at = '2026-11-20T03:00:00.000Z';
    const record = { slug: 'sxh-11', name: 'SXH tháng 11', at, sha256: sha(second) };
    await writeFile(join(dir, 'sxh-12', GROUPS_ORIGIN_FILE), JSON.stringify(record));
    expect(await listOriginOf(dir, 'sxh-12', 'SXH')).toEqual({ holder: 'sxh-12', ...record });
  });
});
