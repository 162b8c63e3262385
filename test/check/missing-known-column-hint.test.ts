/**
 * A campaign reading `{{group.[Địa điểm]}}` from a groups file with no place column at all (qa53
 * m6): the hint said "không có cột “Địa điểm”. Có phải “Địa điểm”? Hãy ghi {{group.venue}}" —
 * the very name it had just said is missing, and a field the file does not fill. Now it lists the
 * file's columns, as for any other missing column; a file with the place under another header
 * ("Nhà văn hóa") still gets "Có phải …? Hãy ghi {{group.venue}}".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

async function hintFor(groups: string): Promise<string> {
  const dir = await makeTempDir('phuong-print-known-column-');
  await writeFile(join(dir, 'groups.csv'), groups);
  await writeFile(
    join(dir, 'campaign.yaml'),
    stormCampaign({ after: 'where: "{{group.[Địa điểm]}}"\n' }),
  );
  const run = await checkVi(join(dir, 'campaign.yaml'), join(dir, 'groups.csv'));
  expect(run.code).not.toBe(0);
  return `${run.stdout}\n${run.stderr}`.replace(/\s+/g, ' ');
}

describe('a known field’s header the groups file lacks', () => {
  it('lists the file’s columns when it has no column for the field', async () => {
    const out = await hintFor('STT,Tên tổ dân phố,Tổ trưởng\n1,Tổ dân phố 1,Lê Văn An\n');
    expect(out).toContain(
      'không có cột “Địa điểm”. Các cột của tệp: “STT”, “Tên tổ dân phố”, “Tổ trưởng”.',
    );
    expect(out).not.toContain('Có phải');
  });

  it('names the field when the file has it under another header', async () => {
    const out = await hintFor('STT,Tên tổ dân phố,Nhà văn hóa\n1,Tổ dân phố 1,Nhà văn hóa tổ 1\n');
    expect(out).toContain('Có phải “Địa điểm”? Hãy ghi {{group.venue}}.');
  });
});
