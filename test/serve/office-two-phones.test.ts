/**
 * The office's own phone as the leader's page and its error pages call it: `issuer.phone` with two
 * numbers ("0225 3 846 555; 0912 345 678", as an office writes its desk and a clerk's mobile) was
 * dialled as one of 21 digits (the `tel` helper kept every digit), as a leader's cell was before
 * qa57 M5. The link dials the first number; the page still shows both as written.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { servedFixture, tokenOf } from './server.js';

afterAll(removeTempDirs);

const FIXTURE = fileURLToPath(new URL('../fixtures/qa57-pctt/', import.meta.url));
const WRITTEN = '0225 3 846 555; 0912 345 678';

async function fixtureWithPhone(): Promise<string> {
  const dir = await makeTempDir();
  const yaml = await readFile(join(FIXTURE, 'campaign.yaml'), 'utf8');
  expect(yaml).toContain('phone: "0225 3 846 555"');
  await writeFile(join(dir, 'campaign.yaml'), yaml.replace('0225 3 846 555', WRITTEN));
  await copyFile(join(FIXTURE, 'groups.csv'), join(dir, 'groups.csv'));
  return dir;
}

describe('the office’s phone of two numbers on the leader’s page', () => {
  it('dials the first number and shows the cell as written', async () => {
    const served = servedFixture(await fixtureWithPhone());
    const { url } = await served();
    const html = await (await fetch(`${url}/g/${tokenOf('1')}/`)).text();
    const dialled = [...html.matchAll(/href="tel:([^"]*)"/g)].map((m) => m[1]);
    expect(dialled).toContain('02253846555');
    expect(dialled).not.toContain('02253846555' + '0912345678');
    expect(html).toContain(WRITTEN);
  });
});
