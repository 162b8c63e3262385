/**
 * The ward's ZIP has a folder per group, named by the group's name cut for file names (50
 * characters, kinds/labels.ts). Two merged tổ named alike in their first 50 characters must still
 * get two folders: extracting one folder for both would keep one group's documents only (review
 * 2026-12-01 L8).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { NOTICE_ONLY } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { wardZipNames } from '../support/ward-zip.js';

afterAll(removeTempDirs);

const SAME_START = 'Tổ dân phố số 12 (gồm các tổ dân phố số 12, 13, 14 cũ của phường Phú Hội';

it('gives two groups named alike in their first 50 characters a folder each, with all their files', async () => {
  const dir = await makeTempDir('ward-zip-folders-');
  await writeFile(join(dir, 'campaign.yaml'), NOTICE_ONLY);
  await writeFile(
    join(dir, 'groups.csv'),
    `STT,Tên tổ dân phố\n12,"${SAME_START} và khu vực chợ Đông Ba)"\n13,"${SAME_START} và khu vực Đập Đá)"\n`,
  );
  const { names, outputs } = await wardZipNames(dir);
  const folders = new Set(names.map((n) => n.split('/')[0]));
  expect(folders.size).toBe(2);
  expect(names).toHaveLength(2 * outputs);
  for (const f of folders) expect(f?.startsWith('Tổ dân phố số 12 (gồm các tổ')).toBe(true);
});
