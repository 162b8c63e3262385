/**
 * The group's ZIP a build writes (out/zip/…), which the office sends a leader via Zalo: the real
 * CLI on a machine in UTC. Its documents carry the same Vietnamese names as the leader's ZIP from
 * `serve` (test/serve/files.test.ts › ZIP of a group), and the date the ward issued the notice.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { readManifest } from '../support/manifest.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { GROUP_5_ZIP_NAMES } from '../support/zip-names.js';

const example = (name: string) =>
  fileURLToPath(new URL(`../../examples/hai-phong/${name}`, import.meta.url));

afterAll(removeTempDirs);

/** Each central directory entry: its name and DOS date and time (APPNOTE 4.3.12). */
function entries(zip: Buffer): { name: string; date: number[]; time: number[] }[] {
  const out = [];
  const signature = Buffer.from([0x50, 0x4b, 1, 2]);
  for (let at = zip.indexOf(signature); at >= 0; ) {
    const time = zip.readUInt16LE(at + 12);
    const date = zip.readUInt16LE(at + 14);
    const nameLength = zip.readUInt16LE(at + 28);
    out.push({
      name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      date: [(date >> 9) + 1980, (date >> 5) & 15, date & 31],
      time: [time >> 11, (time >> 5) & 63],
    });
    at = zip.indexOf(signature, at + 46 + nameLength);
  }
  return out;
}

describe('a group’s ZIP from build', () => {
  it('names its documents in Vietnamese, dated the issue day in Viet Nam time', async () => {
    const out = join(await makeTempDir('group-zip-'), 'out');
    const campaign = example('campaign.yaml');
    const r = await runCliInProcess(
      [
        'build',
        '--campaign',
        campaign,
        '--groups',
        example('groups.csv'),
        '--out',
        out,
        '--group',
        '5',
        '--quiet',
      ],
      { env: { TZ: 'UTC' }, timeoutMs: 240_000 },
    );
    expect(r.code, r.stderr).toBe(0);
    const zip = (await readManifest(out)).zips.find((z) => z.group === '5');
    expect(zip).toBeDefined();
    const list = entries(await readFile(join(out, zip?.path ?? '')));
    // The group's name from groups.csv (row of id 5), then each document's title.
    expect(list.map((e) => e.name)).toEqual(GROUP_5_ZIP_NAMES);
    // campaign.yaml's `issued`, as a clock in Viet Nam reads it (not the day before at 17:00).
    const issued = /^issued: (\d{4})-(\d\d)-(\d\d)/m.exec(await readFile(campaign, 'utf8'));
    const day = issued?.slice(1).map(Number);
    for (const e of list) {
      expect(e.date, e.name).toEqual(day);
      expect(e.time, e.name).toEqual([12, 0]);
    }
  });

  // qa7 L8: a Kế hoạch was offered as "Thông báo của xã" in every ZIP and download page.
  it('names a named notice by its own name ("Kế hoạch của phường")', async () => {
    const dir = await makeTempDir('group-zip-kh-');
    const campaign = join(dir, 'campaign.yaml');
    await writeFile(campaign, NOTICE_ONLY.replace('symbol: UBND-VHXH', 'symbol: KH-UBND'));
    await writeFile(join(dir, 'groups.csv'), 'STT;Tên khu phố\n1;Khu phố 1\n');
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      'build',
      '--campaign',
      campaign,
      '--groups',
      join(dir, 'groups.csv'),
      '--out',
      out,
      '--kind',
      'notice',
      '--quiet',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const zip = (await readManifest(out)).zips.find((z) => z.group === '1');
    const list = entries(await readFile(join(out, zip?.path ?? '')));
    expect(list.map((e) => e.name)).toEqual(['Khu phố 1 - Kế hoạch của phường.pdf']);
  });

  // qa38 M3: a kind that a labels.hbs does not name went into the ZIP by its file name
  // ("Tổ dân phố số 1 - short.pdf"); it is now named by its Vietnamese name (kinds/names.ts).
  it('names a kind its labels.hbs has no section for by the kind’s Vietnamese name', async () => {
    const dir = await makeTempDir('group-zip-unnamed-');
    const tool = await readFile(new URL('../../templates/web/labels.hbs', import.meta.url), 'utf8');
    // The tool's own titles of the poster's two files, which the campaign's copy then leaves out.
    const titles = ['a4', 'a3'].map(
      (size) => new RegExp(`^@@ poster-${size}\n(.*)$`, 'm').exec(tool)?.[1],
    );
    expect(titles).toEqual([expect.stringMatching(/A4$/), expect.stringMatching(/A3$/)]);
    const templates = join(dir, 'templates');
    await mkdir(join(templates, 'web'), { recursive: true });
    await writeFile(
      join(templates, 'web', 'labels.hbs'),
      tool.replace(/^@@ poster-a[34](-note)?\n.*\n/gm, ''),
    );
    const out = join(dir, 'out');
    const r = await runCliInProcess([
      'build',
      '--campaign',
      example('campaign.yaml'),
      '--groups',
      example('groups.csv'),
      '--templates',
      templates,
      '--out',
      out,
      '--kind',
      'poster',
      '--group',
      '5',
      '--quiet',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const zip = (await readManifest(out)).zips.find((z) => z.group === '5');
    const list = entries(await readFile(join(out, zip?.path ?? '')));
    expect(list.map((e) => e.name)).toEqual(titles.map((t) => `Tổ dân phố số 5 - ${t}.pdf`));
  });
});
