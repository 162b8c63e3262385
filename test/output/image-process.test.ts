/**
 * A build's pictures are read by libvips in a process of its own (src/load/image-process.ts): the
 * build's process — its main thread and its worker threads, one address space — never maps
 * libvips, which would stay there (~30 MB) for the rest of a build that only needed it for the
 * logo. Seen from outside, as the program runs: a `--require`d probe in every Node process the
 * command starts notes, when that process ends, whether libvips is mapped in it
 * (/proc/self/maps). Every group's poster still prints the logo, and the picture's process has
 * ended when the command has.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArgs, runCli } from '../support/cli.js';
import { pdfImageList } from '../support/pdf-items.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** One line per Node process that ended: its script and whether libvips is in its memory. */
const PROBE = `
const { appendFileSync, readFileSync } = require('node:fs');
process.on('exit', () => {
  const maps = readFileSync('/proc/self/maps', 'utf8');
  appendFileSync(process.env.PROBE_LOG, JSON.stringify({
    script: process.argv[1], libvips: maps.includes('libvips'),
  }) + '\\n');
});
`;

/** The logo's size, which no other picture of a poster has. */
const LOGO = { width: 353, height: 231 };

let dir: string;
let campaign: string;
let groups: string;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-image-process-');
  const example = dirname(EXAMPLE_CAMPAIGN);
  const copy = join(dir, 'campaign');
  await cp(example, copy, { recursive: true });
  await sharp({ create: { ...LOGO, channels: 3, background: '#b00' } })
    .png()
    .toFile(join(copy, 'logo.png'));
  campaign = join(copy, 'campaign.yaml');
  await writeFile(campaign, `${await readFile(campaign, 'utf8')}\nassets:\n  logo: logo.png\n`);
  // Four groups: enough for the worker thread to draw some of them.
  const rows = (await readFile(join(example, 'groups.csv'), 'utf8')).split('\n');
  groups = join(copy, 'groups4.csv');
  await writeFile(groups, `${rows.slice(0, 5).join('\n')}\n`);
});

describe('a build with a logo', () => {
  it('reads the picture in a process of its own: the build’s own process never maps libvips', async () => {
    const probe = join(dir, 'probe.cjs');
    const log = join(dir, 'probe.jsonl');
    await writeFile(probe, PROBE);
    await writeFile(log, '');
    const out = join(dir, 'out');
    const r = await runCli(
      buildArgs(
        campaign,
        groups,
        out,
        '--kind',
        'poster',
        '--size',
        'a4',
        '--jobs',
        '2',
        '--quiet',
      ),
      { env: { NODE_OPTIONS: `--require ${probe}`, PROBE_LOG: log } },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');

    // The picture's process ends once the build has: its line is written then.
    let ended: { script: string; libvips: boolean }[] = [];
    for (let i = 0; i < 50; i++) {
      ended = (await readFile(log, 'utf8'))
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      if (ended.some((p) => p.script.includes('image-process'))) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    const build = ended.filter((p) => p.script.endsWith('phuong-print.js'));
    const others = ended.filter((p) => !p.script.endsWith('phuong-print.js'));
    expect(build).toEqual([{ script: expect.any(String), libvips: false }]);
    // The probe sees libvips where it is: in the process that read the logo (a second, when a
    // slow machine let the first go idle between the check and the preparation).
    expect(others.length).toBeGreaterThan(0);
    for (const p of others) {
      expect(p).toEqual({ script: expect.stringMatching(/image-process/), libvips: true });
    }

    // Every group's poster prints the logo, at its own size.
    for (const folder of ['to-dan-pho-so-1', 'to-dan-pho-so-4']) {
      expect(await pdfImageList(join(out, folder, 'poster-a4.pdf'))).toContainEqual(
        expect.objectContaining({ page: 1, type: 'image', width: LOGO.width, height: LOGO.height }),
      );
    }
  });
});
