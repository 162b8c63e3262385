/**
 * The groups upload's help names the columns as the office's file writes them (qa21 finding
 * 14): before any list the studio's own "Tên tổ dân phố"; once a list of "Tổ 1", "Tổ 2"… is in
 * use under the header "Tên tổ dân phố", the help still says "Tên tổ dân phố" — the file's
 * header — not "Tên tổ" (the word the names begin with); a file headed "Tên TDP" is named so.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

const GROUPS = '/c/hai-phong/groups';

/** The upload's help as the page shows it. */
const helpOf = (page: string) =>
  plainText(/<p class="help" id="file-help">([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '');

const csv = (header: string) =>
  `${[header, '1;Tổ 1;Nguyễn Văn An;120', '2;Tổ 2;Trần Thị Bình;98', '3;Tổ 3;Lê Văn Cường;143'].join('\r\n')}\r\n`;

describe('the groups upload’s help', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    let folder: string;
    ({ s, c, folder } = await studioWithExample());
    await rm(join(folder, 'groups.csv'));
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  const upload = async (header: string) => {
    const answer = await c.upload(
      GROUPS,
      'file',
      'danh-sach.csv',
      new TextEncoder().encode(csv(header)),
      {},
      GROUPS,
    );
    expect(answer.status).toBeLessThan(400);
    return helpOf((await c.get(GROUPS)).text);
  };

  it('names “Tên tổ dân phố” before any list', async () => {
    expect(helpOf((await c.get(GROUPS)).text)).toContain('“Tên tổ dân phố”');
  });

  it('names the file’s own headers once a list of “Tổ 1”… is in use', async () => {
    const help = await upload('STT;Tên tổ dân phố;Tổ trưởng;Số hộ');
    expect(help).toContain('có cột “STT” và “Tên tổ dân phố”');
    expect(help).toContain('“Tổ trưởng”');
    expect(help).toContain('“Số hộ”');
    expect(help).not.toContain('“Tên tổ”');
  });

  it('names a shortened header as the file writes it', async () => {
    const help = await upload('STT;Tên TDP;Tổ trưởng;Số hộ');
    expect(help).toContain('có cột “STT” và “Tên TDP”');
  });
});
