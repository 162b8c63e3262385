/**
 * A campaign folder's own `templates/web/share.js` (a backup or a folder copied from another
 * machine) is not run on the leaders' phones: the pages' CSP lets the server's own scripts run
 * ('self'), so serving it would run whatever it holds on every leader's page. `serve` serves the
 * tool's script instead and says so on stderr, naming the file; only a folder the operator names
 * on the command line (`serve --templates`) may bring its own script (h-list, review40).
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { startServer, tokenOf } from './server.js';

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
  it('is not served to the leaders: the tool’s own script is, and stderr names the file', async () => {
    const dir = await campaignWithScript();
    const said: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      said.push(String(chunk));
      return true;
    });
    try {
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
    } finally {
      spy.mockRestore();
    }
    expect(said.join('')).toContain('Cảnh báo: thư mục chiến dịch có tệp templates/web/share.js');
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
