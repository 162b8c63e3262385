/**
 * "Tạo tệp in" right after an update was unpacked under the running studio (review39 #2): the
 * build loads some of its code only when first needed (the ward's print file, the worker pool,
 * the Excel reader), and with those files gone it failed as "Phần mềm gặp lỗi khi in. Hãy thử
 * lại", which retrying does not fix, with a stack in the log. Now the build's status (what its
 * tab shows) says the software changed and to restart the studio, the log one line. The same for
 * one group whose drawing failed so (a worker thread's error reaches the build as text). The
 * studio's Builds, its build standing in as Node fails one: a module of the package's own folder
 * missing (the tests' forks share loaded modules, so no module mock).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/output/build.js';
import { Builds } from '../../src/studio/builds.js';
import { campaignForm, readCampaignText } from '../../src/studio/campaign-file.js';
import { campaignPaths } from '../../src/studio/campaign-folders.js';
import { campaignTerm } from '../../src/studio/group-term.js';
import { removeTempDirs } from '../support/tmp.js';
import { wardCsv } from '../support/ward.js';
import { studioWithExample } from './studio.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What Node throws when an `import()` finds its file gone. */
function moduleGone(): Error {
  const missing = join(ROOT, 'dist', 'bundle', 'chunk-GONE.js');
  const from = join(ROOT, 'dist', 'bundle', 'chunk-BUILD.js');
  const e = new Error(`Cannot find module '${missing}' imported from ${from}`);
  (e as NodeJS.ErrnoException).code = 'ERR_MODULE_NOT_FOUND';
  return e;
}

afterAll(removeTempDirs);

async function ended(builds: Builds, slug: string) {
  while (builds.running(slug)) await new Promise((r) => setTimeout(r, 100));
  return builds.status(slug);
}

describe('a build after the program’s files were replaced', () => {
  it('says to restart the studio, logs one line without a stack; one group failing so too', async () => {
    const { s } = await studioWithExample({ groups: wardCsv(2) });
    const c = campaignPaths(join(s.dataDir, 'campaigns'), 'hai-phong');
    const term = await campaignTerm(campaignForm(await readCampaignText(c.file)), c.groups);

    const errors: string[] = [];
    const whole = new Builds(
      (l) => errors.push(l),
      () => undefined,
      async () => {
        throw moduleGone();
      },
    );
    whole.start(c, term);
    const status = await ended(whole, c.slug);
    expect(status?.state).toBe('failed');
    expect(status?.error).toContain('Các tệp của phần mềm đã thay đổi trong khi studio đang chạy');
    expect(status?.error).toContain('Hãy tắt studio rồi mở lại, sau đó bấm “Tạo tệp in” lại');
    // A broken install (a package missing) is not mended by a restart: said too.
    expect(status?.error).toContain('Nếu mở lại vẫn báo như vậy, hãy cài lại phần mềm');
    expect(status?.error).not.toContain('Hãy thử lại');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/the program's files changed while this server runs.*restart/);
    expect(errors[0]).not.toMatch(/\n\s+at /);

    errors.length = 0;
    const group = new Builds(
      (l) => errors.push(l),
      () => undefined,
      async (...args: Parameters<typeof build>) => {
        const result = await build(...args);
        const failure = { group: 'T9', name: 'Tổ 9', message: moduleGone().message, where: {} };
        return { ...result, failed: [...result.failed, failure] };
      },
    );
    group.start(c, term);
    const one = await ended(group, c.slug);
    expect(one?.state).toBe('done');
    const said = one?.failures.find((f) => f.group === 'T9')?.message ?? '';
    expect(said).toContain('Hãy tắt studio rồi mở lại');
    expect(said).not.toMatch(/Hãy thử lại/);
    expect(errors.join('\n')).toMatch(/the program's files changed/);
    await s.close();
  }, 120_000);
});
