/**
 * A data folder unzipped by hand keeps a backup's symbolic links (qa32 M1): the studio reads
 * nothing through them. A campaign whose groups list links to a file outside the data folder, or
 * whose campaign.yaml does, shows none of that file: its pages say which file is a link, in
 * Vietnamese, and the log has one line for each page that meets the link.
 */
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type Client, plainText, studioWithExample, type TestStudio } from './studio.js';

/** A line of a file outside the data folder, that no page may show. */
const SECRET = 'root:x:0:0:BI-MAT-NGOAI-THU-MUC:/root:/bin/bash';
/** The title of a campaign.yaml outside the data folder. */
const OUTSIDE_TITLE = 'Chiến dịch ngoài thư mục dữ liệu';

describe('symbolic links in the data folder', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    const started = await studioWithExample();
    s = started.s;
    c = started.c;
    const outside = await makeTempDir('phuong-print-outside-');
    await writeFile(join(outside, 'passwd'), `${SECRET}\n`);
    const yaml = await readFile(join(started.folder, 'campaign.yaml'), 'utf8');
    await writeFile(join(outside, 'campaign.yaml'), `title: ${OUTSIDE_TITLE}\n${yaml}`);
    // campaigns/leak: its own campaign.yaml, its groups list a link to the outside file.
    const leak = join(s.dataDir, 'campaigns', 'leak');
    await mkdir(leak, { recursive: true });
    await copyFile(join(started.folder, 'campaign.yaml'), join(leak, 'campaign.yaml'));
    await symlink(join(outside, 'passwd'), join(leak, 'groups.csv'));
    // campaigns/leak-yaml: its campaign.yaml a link, its groups list its own.
    const leakYaml = join(s.dataDir, 'campaigns', 'leak-yaml');
    await mkdir(leakYaml, { recursive: true });
    await copyFile(join(started.folder, 'groups.csv'), join(leakYaml, 'groups.csv'));
    await symlink(join(outside, 'campaign.yaml'), join(leakYaml, 'campaign.yaml'));
    // campaigns/leak-out: its files its own, a print in out/ a link to the outside file.
    const leakOut = join(s.dataDir, 'campaigns', 'leak-out');
    await mkdir(join(leakOut, 'out', 'print'), { recursive: true });
    await copyFile(join(started.folder, 'campaign.yaml'), join(leakOut, 'campaign.yaml'));
    await copyFile(join(started.folder, 'groups.csv'), join(leakOut, 'groups.csv'));
    await symlink(join(outside, 'passwd'), join(leakOut, 'out', 'print', 'notice-all.pdf'));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('shows nothing of a groups list linked outside, and names the link', async () => {
    s.errors.length = 0;
    for (const path of ['/c/leak/groups', '/c/leak', '/c/leak/build']) {
      const page = await c.get(path);
      expect(page.text).not.toContain('BI-MAT-NGOAI-THU-MUC');
      expect(plainText(page.text)).toContain(
        '“campaigns/leak/groups.csv” là một liên kết (symbolic link) trỏ tới tệp ở chỗ khác trên máy',
      );
      expect(plainText(page.text)).toContain('phuong-print restore');
    }
    const logged = s.errors.filter((l) => l.includes('campaigns/leak/groups.csv'));
    expect(logged).toHaveLength(3);
    expect(logged.every((l) => !l.includes('\n'))).toBe(true);
  });

  it('lists a campaign whose campaign.yaml is a link by its folder, without reading it', async () => {
    const list = await c.get('/');
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(OUTSIDE_TITLE);
    expect(list.text).toContain('/c/leak-yaml');
    const page = await c.get('/c/leak-yaml');
    expect(page.text).not.toContain(OUTSIDE_TITLE);
    expect(plainText(page.text)).toContain('“campaigns/leak-yaml/campaign.yaml” là một liên kết');
  });

  it('refuses a campaign whose out/ holds a link, on its build tab and its downloads', async () => {
    for (const path of ['/c/leak-out/build', '/c/leak-out/out/print/notice-all.pdf']) {
      const page = await c.get(path);
      expect(page.text).not.toContain('BI-MAT-NGOAI-THU-MUC');
      expect(plainText(page.text)).toContain(
        '“campaigns/leak-out/out/print/notice-all.pdf” là một liên kết',
      );
    }
  });

  it('still opens the campaign without links', async () => {
    const page = await c.get('/c/hai-phong/groups');
    expect(page.status).toBe(200);
    expect(plainText(page.text)).toContain('Nguyễn Văn Hùng');
  });
});
