/**
 * review57b #9: a sign-up's "Hạn đăng ký" after its event's first day (the summer swimming
 * class, test/fixtures/qa57-boi, from 07/6/2027, with `deadline: 15/6/2027`): the papers ask to
 * sign up for a class already begun. `check` warns at the field, and still passes; the fixture's
 * own 20/5/2027 is said nothing of.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { checkVi } from '../support/cli.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa57-boi/${name}`, import.meta.url));

async function checkWithSignUpBy(deadline: string) {
  const dir = await makeTempDir();
  const file = join(dir, 'campaign.yaml');
  const yaml = (await readFile(fixture('campaign.yaml'), 'utf8'))
    .replace('of: trẻ', 'of: Số trẻ từ 6 đến 15 tuổi')
    .replace('deadline: 20/5/2027', `deadline: ${deadline}`);
  await writeFile(file, yaml);
  const line = yaml.split('\n').indexOf(`deadline: ${deadline}`) + 1;
  return { ...(await checkVi(file, fixture('groups.csv'))), line };
}

it('warns when the last day to sign up is after the class’s first day, naming the field', async () => {
  const r = await checkWithSignUpBy('15/6/2027');
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain(`campaign.yaml, dòng ${r.line}, mục “deadline”`);
  expect(r.stderr).toContain('hạn đăng ký 15/06/2027 sau ngày bắt đầu 07/06/2027');
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

it('says nothing of a last day before the class', async () => {
  const r = await checkWithSignUpBy('20/5/2027');
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).not.toContain('hạn đăng ký');
});
