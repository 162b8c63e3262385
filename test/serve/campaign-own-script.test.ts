/**
 * A campaign folder's own `templates/web/share.js` (a backup or a folder copied from another
 * machine) is not run on the leaders' phones: the pages' CSP lets the server's own scripts run
 * ('self'), so serving it would run whatever it holds on every leader's page. `serve` serves the
 * tool's script instead and says so among its warnings when it starts, naming the file; only a folder the operator names
 * on the command line (`serve --templates`) may bring its own script (h-list, review40).
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { spawnServe, startServer, tokenOf } from './server.js';

afterAll(removeTempDirs);

const TOOL_SCRIPT = join(import.meta.dirname, '..', '..', 'templates', 'web', 'share.js');
const MARK = 'window.campaignOwnScript = 1;\n';

/** The example campaign copied to a folder of its own, with templates/web/share.js in it. */
async function campaignWithScript(): Promise<string> {
  const dir = await makeTempDir('phuong-print-own-script-');
  await cp(dirname(EXAMPLE_CAMPAIGN), dir, { recursive: true });
  await cp(EXAMPLE_GROUPS, join(dir, 'groups.csv'));
  await mkdir(join(dir, 'templates', 'web'), { recursive: true });
  await writeFile(join(dir, 'templates', 'web', 'share.js'), MARK);
  return dir;
}

/** The script the group's leader page loads, as the phone fetches it. */
async function scriptOfLeaderPage(url: string): Promise<string> {
  const page = await (await fetch(`${url}/g/${tokenOf('1')}/`)).text();
  const src = /<script[^>]+src="([^"]+share\.js)"/.exec(page)?.[1];
  expect(src).toBeDefined();
  return (await fetch(new URL(src ?? '', `${url}/g/${tokenOf('1')}/`))).text();
}

describe('a campaign folder’s own share.js', () => {
  it('is not served to the leaders: the tool’s own script is', async () => {
    const dir = await campaignWithScript();
    const ward = await loadWard({
      campaign: join(dir, 'campaign.yaml'),
      groups: join(dir, 'groups.csv'),
    });
    const s = await startServer({ ward });
    try {
      const script = await scriptOfLeaderPage(s.url);
      expect(script).not.toContain('campaignOwnScript');
      expect(script).toBe(await readFile(TOOL_SCRIPT, 'utf8'));
    } finally {
      await s.app.close();
    }
  });

  it('serve says so when it starts, naming the file, before any page is asked for', async () => {
    const dir = await campaignWithScript();
    const serve = await spawnServe(
      join(dir, 'campaign.yaml'),
      join(dir, 'groups.csv'),
      await makeTempDir('phuong-print-own-script-cache-'),
      ['--lang', 'vi'],
      'đường liên kết cho tổ trưởng:',
    );
    try {
      expect(serve.stderr()).toContain(
        `${join(dir, 'templates', 'web', 'share.js')}: thư mục chiến dịch có tệp templates/web/share.js`,
      );
      expect(serve.stderr()).toContain('hãy chạy serve với --templates');
    } finally {
      serve.child.kill('SIGTERM');
      await serve.exited;
    }
  });

  it('is served when the operator names the folder with --templates', async () => {
    const dir = await campaignWithScript();
    const ward = await loadWard({
      campaign: join(dir, 'campaign.yaml'),
      groups: join(dir, 'groups.csv'),
      templateDir: join(dir, 'templates'),
    });
    const s = await startServer({ ward });
    try {
      expect(await scriptOfLeaderPage(s.url)).toBe(MARK);
    } finally {
      await s.app.close();
    }
  });
});
