/**
 * A group that fails on its own input while drawn (review57a #7): the documents it made before
 * the fault are not put in place, as for a stop — its folder keeps the last build's files (not a
 * new notice beside an old flyer) and its ZIP the same, and the failure line says so. The example
 * built, then built again with its notice's body edited and a flyer template too long for A5:
 * the notice is drawn anew, then the flyer fails.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const EDIT = 'SỬA ĐỔI LẦN HAI.';

it("leaves a failed group's folder and ZIP as the last build made them, and says so", async () => {
  const dir = await makeTempDir('phuong-print-failed-group-');
  const campaign = join(dir, 'campaign.yaml');
  const templates = join(dir, 'templates');
  const out = join(dir, 'out');
  await mkdir(templates);
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  await writeFile(campaign, yaml);
  const build = () =>
    runCliInProcess([
      'build',
      ...['--campaign', campaign, '--groups', EXAMPLE_GROUPS, '--templates', templates],
      ...['--kind', 'notice,flyer', '--group', '1', '--out', out, '--lang', 'vi'],
    ]);
  const first = await build();
  expect(first.code, first.stderr).toBe(0);
  const folder = join(out, 'to-dan-pho-so-1');
  const files = ['notice.pdf', 'flyer.pdf'].map((f) => join(folder, f));
  const zip = join(out, 'zip', 'to-dan-pho-so-1.zip');
  const before = await Promise.all([...files, zip].map((f) => readFile(f)));

  // The notice's body edited (it is drawn again), the flyer's template too long for its page.
  const line = '    Hưởng ứng phong trào “Ngày hội toàn dân học tập số”';
  expect(yaml).toContain(line);
  await writeFile(campaign, yaml.replace(line, `    ${EDIT} ${line.trim()}`));
  const flyer = await readFile(new URL('../../templates/flyer.hbs', import.meta.url), 'utf8');
  const long = 'Mỗi hộ gia đình cùng tham gia cuộc thi để hiểu rõ hơn về pháp luật. '.repeat(120);
  expect(flyer).toContain('@@ dates\n');
  await writeFile(join(templates, 'flyer.hbs'), flyer.replace('@@ dates\n', `@@ dates\n${long}\n`));
  const second = await build();
  expect(second.code).toBe(1);
  const failed = second.stderr.split('\n').filter((l) => l.startsWith('không tạo được'));
  expect(failed).toHaveLength(1);
  expect(failed[0]).toContain('tổ 1 (Tổ dân phố số 1)');
  expect(failed[0]).toMatch(
    /\(chưa thay tài liệu mới nào của tổ này: thư mục và tệp ZIP của tổ để nguyên như lần tạo trước\)$/u,
  );

  // The notice printed is the first build's, the folder holds no other file, the ZIP is the same.
  expect(await pdfText(files[0] as string)).not.toContain(EDIT);
  const after = await Promise.all([...files, zip].map((f) => readFile(f)));
  for (const [i, bytes] of after.entries())
    expect(bytes.equals(before[i] as Buffer), String(i)).toBe(true);
  expect((await readdir(folder)).sort()).toEqual(['flyer.pdf', 'notice.pdf']);
  // The manifest lists what is on disk: the first build's notice.
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  const notice = manifest.files.find((f: { path: string }) => f.path.endsWith('notice.pdf'));
  expect(notice.bytes).toBe(before[0]?.length);

  // Built whole once the template is mended: the edit is printed.
  await writeFile(join(templates, 'flyer.hbs'), flyer);
  const third = await build();
  expect(third.code, third.stderr).toBe(0);
  expect(await pdfText(files[0] as string)).toContain(EDIT);
});
