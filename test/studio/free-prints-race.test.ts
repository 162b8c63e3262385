/**
 * "Xoá tệp in" and "Tạo tệp in" at the same moment in one studio (review39 #3): a build locks
 * out/ only after reading its inputs, so one started from another tab just after the free's
 * check was freed under, or failed as "Chiến dịch này đang được in" although nothing else was
 * printing. Now the free looks again once it holds out/ (a build started: nothing removed), and a
 * build that asks for out/ while this studio frees it waits for the free and then prints.
 * Builds (studio/builds.ts) and freePrints (print-space.ts) as the route runs them.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/output/build.js';
import { FolderBusy, lockOutputFolder } from '../../src/output/folder-lock.js';
import { Builds } from '../../src/studio/builds.js';
import { campaignForm, readCampaignText } from '../../src/studio/campaign-file.js';
import { campaignPaths } from '../../src/studio/campaign-folders.js';
import { campaignTerm } from '../../src/studio/group-term.js';
import { freePrints } from '../../src/studio/print-space.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { studioWithExample } from './studio.js';

afterAll(removeTempDirs);

async function ended(builds: Builds, slug: string) {
  while (builds.running(slug)) await new Promise((r) => setTimeout(r, 100));
  return builds.status(slug);
}

const pdfs = async (out: string) =>
  (await readdir(out, { recursive: true }).catch(() => []))
    .map(String)
    .filter((f) => f.endsWith('.pdf'));

describe('freeing prints while a build starts', () => {
  it('a build started before the free locked out/: nothing freed; the build prints', async () => {
    const { s } = await studioWithExample({ groups: wardCsv(2) });
    const c = campaignPaths(join(s.dataDir, 'campaigns'), 'hai-phong');
    const term = await campaignTerm(campaignForm(await readCampaignText(c.file)), c.groups);
    const errors: string[] = [];
    const builds = new Builds((l) => errors.push(l));
    builds.start(c, term);
    expect((await ended(builds, c.slug))?.state).toBe('done');
    const before = await pdfs(c.out);
    expect(before.length).toBeGreaterThan(0);

    // The route checked "not printing", then another tab pressed "Tạo tệp in". Either the free
    // takes out/ first and sees the build begun ("busy"), or the build, its inputs read quickly,
    // locked out/ first and the free is refused (FolderBusy: the route's 409). Nothing freed.
    const outcome = await builds.whileFreeing(c.slug, async () => {
      builds.start(c, term);
      return freePrints(c.out, () => !builds.running(c.slug)).catch((e: unknown) => {
        if (e instanceof FolderBusy) return 'refused' as const;
        throw e;
      });
    });
    expect(['busy', 'refused']).toContain(outcome);
    expect(await pdfs(c.out)).toEqual(before);
    const status = await ended(builds, c.slug);
    expect(status?.error).toBeUndefined();
    expect(status?.state).toBe('done');
    await s.close();
  }, 120_000);

  it('a build asking for out/ while this studio frees it waits, then prints', async () => {
    const { s } = await studioWithExample({ groups: wardCsv(2) });
    const c = campaignPaths(join(s.dataDir, 'campaigns'), 'hai-phong');
    const term = await campaignTerm(campaignForm(await readCampaignText(c.file)), c.groups);
    // The real build, seen from outside: each time out/ refused it (FolderBusy).
    let refusals = 0;
    let refused = () => {};
    const firstRefusal = new Promise<void>((r) => {
      refused = r;
    });
    const builds = new Builds(
      () => {},
      undefined,
      async (opts) => {
        try {
          return await build(opts);
        } catch (e) {
          if (e instanceof FolderBusy) {
            refusals++;
            refused();
          }
          throw e;
        }
      },
    );
    // The free holds out/ for a while (many files, a slow disk) and a build starts meanwhile:
    // held until the build has asked for out/ (a fixed 4 s before, which a slow start could
    // outlast: the case then passed without the build ever waiting).
    await builds.whileFreeing(c.slug, async () => {
      const unlock = await lockOutputFolder(c.out);
      builds.start(c, term);
      await firstRefusal;
      await unlock();
    });
    const status = await ended(builds, c.slug);
    // Refused once while freed, then printed: it waited, it did not fail.
    expect(refusals).toBe(1);
    expect(status?.error).toBeUndefined();
    expect(status?.state).toBe('done');
    expect((await pdfs(c.out)).length).toBeGreaterThan(0);
    await s.close();
  }, 120_000);
});
