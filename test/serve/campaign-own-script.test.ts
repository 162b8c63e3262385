/**
 * A campaign folder's own `templates/web/share.js` (a backup or a folder copied from another
 * machine) is not run on the leaders' phones: the pages' CSP lets the server's own scripts run
 * ('self'), so serving it would run whatever it holds on every leader's page. `serve` serves the
 * tool's script instead and says so among its warnings when it starts, naming the file; only a folder the operator names
 * on the command line (`serve --templates`) may bring its own script (h-list, review40). That
 * same start says the campaign's measures have nowhere to be kept without --data (qa9 Q12).
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWard } from '../../src/serve/ward.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { type ServeProcess, spawnServe, startServer, tokenOf } from './server.js';

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

  /**
   * The real program started on the copy (a start costs ~2 s of CPU): what it says at start is
   * read by the two cases below, then it is stopped.
   */
  let serve: ServeProcess | undefined;
  let campaignDir = '';
  const started = async (): Promise<ServeProcess> => {
    if (!serve) {
      campaignDir = await campaignWithScript();
      serve = await spawnServe(
        join(campaignDir, 'campaign.yaml'),
        join(campaignDir, 'groups.csv'),
        await makeTempDir('phuong-print-own-script-cache-'),
        ['--lang', 'vi'],
        'đường liên kết cho tổ trưởng:',
      );
    }
    return serve;
  };
  afterAll(async () => {
    serve?.child.kill('SIGTERM');
    await serve?.exited;
  });

  it('serve says so when it starts, naming the file, before any page is asked for', async () => {
    const s = await started();
    expect(s.stderr()).toContain(
      `${join(campaignDir, 'templates', 'web', 'share.js')}: thư mục chiến dịch có tệp templates/web/share.js`,
    );
    expect(s.stderr()).toContain('hãy chạy serve với --templates');
  });

  // qa9 Q12: `serve` without --data (or --database-url) for a campaign that declares measures
  // says at start-up that the leaders' pages will have no figures form, and how to give them one.
  // Before it said nothing, and the office waited for figures that could not come. (Once its own
  // file, serve-no-data.test.ts: the same start of the same example campaign.)
  it('serve without --data warns at start-up that the measures have nowhere to be kept', async () => {
    const s = await started();
    // The example campaign declares three measures (campaign.yaml › measures).
    const line =
      s
        .stdout()
        .split('\n')
        .find((l) => l.includes('chỉ tiêu báo cáo')) ?? '';
    expect(line).toMatch(/^cảnh báo: .*campaign\.yaml có 3 chỉ tiêu báo cáo/);
    expect(line).toContain('--data');
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
