/**
 * CLI `check`, end to end: on the example ward it says ok and exits 0 (the real program's ok of
 * every kind: rosters-file.test.ts, "check --rosters <file>"); on each kind of bad input it exits 1 and says where — file and
 * line for campaigns and templates, file, row and column for groups — with a hint, no stack
 * trace, and never writes a file.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindNames } from '../../src/kinds/registry.js';
import { type CliResult, runCliInProcess } from '../support/cli.js';
import { tcvn3 } from '../support/inputs.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const TEMPLATES = new URL('../../templates/', import.meta.url).pathname;

let dir: string;
let yaml: string;
let csv: string;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-check-');
  yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  csv = await readFile(EXAMPLE_GROUPS, 'utf8');
});
afterAll(removeTempDirs);

/**
 * `check` run from an empty folder, which must stay empty: by the command's code in this process
 * (runCliInProcess: the same exit code and output, without a Node start-up each: the example
 * ward's by the real program cost ~1.6 s of CPU, and rosters-file.test.ts runs the program's ok).
 */
async function check(args: string[], inputs: { campaign?: string; groups?: string } = {}) {
  const cwd = await makeTempDir('phuong-print-check-cwd-');
  const result = await runCliInProcess(
    [
      'check',
      '--campaign',
      inputs.campaign ?? EXAMPLE_CAMPAIGN,
      '--groups',
      inputs.groups ?? EXAMPLE_GROUPS,
      ...args,
    ],
    { cwd },
  );
  expect(await readdir(cwd)).toEqual([]);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toContain('internal error');
  return result;
}

const errors = (r: CliResult) => r.stderr.split('\n').filter((l) => l.startsWith('error: '));
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('check on good inputs', () => {
  it('the example ward: ok, exit 0, nothing on stderr', async () => {
    const r = await check([]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`ok: 32 groups, ${kindNames().length} kinds\n`);
    expect(r.stderr).toBe('');
  });

  it('a notice dated after the contest starts: a warning, still exit 0', async () => {
    const late = replaceOnce(yaml, 'issued: 2025-10-09', 'issued: 2025-10-20');
    const campaign = await file('late.yaml', late);
    const r = await check(['--kind', 'notice'], { campaign });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `warning: ${campaign}, line ${lineOf(late, 'issued: 2025-10-20')}, field "issued": the notice is dated 20/10/2025, after the contest starts (11/10/2025)`,
    );
    expect(r.stdout).toBe('ok: 32 groups, 1 kinds\n');
  });

  it('names typed with a TCVN3 font: converted, with a warning naming the cell', async () => {
    const groups = await file(
      'abc.csv',
      replaceOnce(csv, ';Vũ Quang Trường;', `;${tcvn3('Vũ Quang Trường')};`),
    );
    const r = await check(['--kind', 'notice'], { groups });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `^warning: ${groups}, row 6, field "Tổ trưởng": 1 cell\\(s\\) typed with a TCVN3`,
        'm',
      ),
    );
  });
});

describe('check on bad inputs: exit 1 and where', () => {
  it('bad group rows: each one listed with file, row and column', async () => {
    let bad = replaceOnce(csv, '\n4;Tổ dân phố số 4;', '\n3;Tổ dân phố số 4;');
    bad = replaceOnce(bad, '\n7;Tổ dân phố số 7;', '\n7;;');
    const groups = await file('rows.csv', bad);
    // The rows are the point, not the kinds: one kind reads them all.
    const r = await check(['--kind', 'notice'], { groups });
    expect(r.code, r.stderr).toBe(1);
    expect(errors(r)).toEqual([
      `error: group 3: ${groups}, row 5, field "STT": the id "3" is already used by row 4`,
      `error: group 7: ${groups}, row 8, field "Tên tổ dân phố": the name is empty`,
    ]);
    expect(r.stderr).toMatch(/^hint: /m);
    expect(r.stderr).toContain('check failed: 2 of 32 groups cannot be built');
    expect(r.stdout).toBe('');
  });

  it('text typed with a VNI font: the row and column, and how to convert it', async () => {
    const groups = await file(
      'vni.csv',
      replaceOnce(csv, ';Vũ Quang Trường;', ';Vuõ Quang Tröôøng;'),
    );
    const r = await check(['--kind', 'notice'], { groups });
    expect(r.code, r.stderr).toBe(1);
    expect(errors(r)[0]).toContain(
      `${groups}, row 6, field "Tổ trưởng": the text was typed with a VNI font`,
    );
    expect(r.stderr).toMatch(/^hint: .*Unikey/m);
  });

  it.each([
    [
      'UBND-VHXH',
      'Kế hoạch',
      /symbol "UBND-VHXH" is a công văn's\nhint: A kế hoạch's symbol begins with its code, "KH-"/,
    ],
    [
      'TB-UBND',
      'Công văn',
      /symbol "TB-UBND" is a thông báo's\nhint: A công văn's symbol has no type code/,
    ],
    ['TB-UBND', 'Thông báo', undefined],
    ['TB-UBND', 'TB', undefined],
  ])(
    "symbol %s, notice.type %s: a contradiction is warned at the type's line (qa15)",
    async (symbol, type, said) => {
      const text = replaceOnce(
        yaml,
        '  symbol: UBND-VHXH\n',
        `  symbol: ${symbol}\n  type: ${type}\n`,
      );
      const r = await check([], { campaign: await file(`type-${symbol}-${type}.yaml`, text) });
      expect(r.code, r.stderr).toBe(0);
      if (said === undefined) {
        // No contradiction; only that a Thông báo has "Kính gửi" (qa42 F9: this công văn's list).
        expect(r.stderr).not.toContain('field "notice.type"');
        expect(r.stderr).toContain('field "notice.recipients": a Thông báo prints "Kính gửi"');
        return;
      }
      expect(r.stderr).toMatch(said);
      expect(r.stderr).toContain(
        `warning: ${join(dir, `type-${symbol}-${type}.yaml`)}, line ${lineOf(text, '  type: ')}, field "notice.type": notice.type is "${type}"`,
      );
    },
  );

  it.each([
    ['05/UBND-VHXH', '5', 'UBND-VHXH'],
    ['"Số: 12/TB-UBND"', '12', 'TB-UBND'],
  ])(
    'the whole number typed as notice.number (%s): the hint splits it into number and symbol (qa15)',
    async (typed, number, symbol) => {
      const text = yaml.replace(/^ {2}number: .*$/m, `  number: ${typed}`);
      const r = await check([], { campaign: await file('whole-number.yaml', text) });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `hint: "Số văn bản" (notice.number) is the number alone: write ${number} there, and ${symbol} as "Ký hiệu" (notice.symbol).`,
      );
    },
  );

  it("a misspelt link in the body ({{links.gude.url}}): the hint names the link meant and lists the campaign's links", async () => {
    const r = await check([], {
      campaign: await file(
        'misspelt-link.yaml',
        replaceOnce(yaml, '{{links.guide.url}}', '{{links.gude.url}}'),
      ),
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('unknown variable "links.gude.url"');
    const hint = r.stderr.split('\n').find((l) => l.startsWith('hint: ')) ?? '';
    expect(hint).toContain('Did you mean "links.guide.url"?');
    // Every link the campaign names (the keys under `links:` in its file), and nothing else.
    const after = yaml.slice(yaml.indexOf('\nlinks:') + 1);
    const block = after.slice(0, after.search(/\n\S/));
    const names = [...block.matchAll(/^ {2}([a-z_]+):/gm)].map((m) => m[1]);
    const listed = hint
      .slice(hint.indexOf('has: ') + 5)
      .replace(/\.$/, '')
      .split(', ');
    expect(listed).toEqual(names);
  });

  it("a name no link is near ({{links.zzz.url}}): the campaign's links are listed", async () => {
    const r = await check([], {
      campaign: await file(
        'unknown-link.yaml',
        replaceOnce(yaml, '{{links.guide.url}}', '{{links.zzz.url}}'),
      ),
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^hint: "links" has no "zzz"; it has: .*guide/m);
  });

  it('templates: a misspelt variable on a branch the first group skips, an unknown helper, an unclosed block', async () => {
    const templates = join(dir, 'templates');
    await cp(TEMPLATES, templates, { recursive: true });
    const edit = async (name: string, from: string, to: string) => {
      const path = join(templates, name);
      const text = replaceOnce(await readFile(path, 'utf8'), from, to);
      await writeFile(path, text);
      return { path, text };
    };
    // Group 1 has a leader: rendering it would never reach this line.
    const notice = await edit(
      'notice.hbs',
      '@@ qr-heading\n',
      '@@ qr-heading\n{{#unless group.leader}}{{group.nmae}}{{/unless}}\n',
    );
    const flyer = await edit('flyer.hbs', '{{md contest.name}}', '{{frobnicate contest.name}}');
    const checklist = await edit('checklist.hbs', '@@ title\n', '@@ title\n{{#if group.leader}}\n');
    const r = await check(['--templates', templates]);
    expect(r.code, r.stderr).toBe(1);
    const open = lineOf(checklist.text, '@@ title') + 1;
    expect(errors(r)).toEqual(
      expect.arrayContaining([
        `error: ${notice.path}, line ${lineOf(notice.text, 'group.nmae')}: template error: unknown variable "group.nmae"`,
        `error: ${flyer.path}, line ${lineOf(flyer.text, 'frobnicate')}: template error: unknown helper "frobnicate"`,
        expect.stringMatching(
          new RegExp(
            `^error: ${escapeRe(checklist.path)}, line ${open}: template error: \\{\\{#if\\}\\} is not closed with \\{\\{/if\\}\\}: add \\{\\{/if\\}\\} where that part ends$`,
          ),
        ),
      ]),
    );
    expect(errors(r)).toHaveLength(3);
  });

  it('a templates folder that is not there (a typo) is said, not replaced by the tool’s own', async () => {
    const missing = join(dir, 'mau-rieng');
    const r = await check(['--templates', missing, '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).not.toMatch(/ổn/);
    expect(r.stderr).toContain(`không có thư mục mẫu ${missing}`);
    const file = join(dir, 'campaign-copy.yaml');
    await writeFile(file, yaml);
    const notFolder = await check(['--templates', file, '--lang', 'vi']);
    expect(notFolder.code).toBe(1);
    expect(notFolder.stderr).toContain(`--templates chỉ tới ${file}, đây là một tệp`);
  });

  it('what only drawing finds: a flyer text too long for its page fails the check, named by group and file', async () => {
    const templates = join(dir, 'templates-long');
    await cp(TEMPLATES, templates, { recursive: true });
    const path = join(templates, 'flyer.hbs');
    const long = 'Mỗi hộ gia đình cùng tham gia cuộc thi để hiểu rõ hơn về pháp luật. '.repeat(120);
    await writeFile(
      path,
      replaceOnce(await readFile(path, 'utf8'), '@@ dates\n', `@@ dates\n${long}\n`),
    );
    const r = await check(['--templates', templates, '--kind', 'flyer', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(1);
    const found = errors(r).filter((l) => l.includes('the flyer text does not fit on an A5 page'));
    // The first group, drawn in memory (the example's longest group is another: drawn too).
    expect(found[0]).toContain(`error: ${path}: group 1 (${EXAMPLE_GROUPS}, row 2), flyer.pdf: `);
    // Said as what it is: no group's row is bad ("0 of 32 groups cannot be built" read as all
    // clear, qa20); the groups drawn fail, and every other group would.
    expect(r.stderr).toMatch(
      /check failed: \d+ document\(s\) cannot be drawn for the groups tried \(the first, and the one with the most text\); the build fails them, and any other group alike/,
    );
    expect(r.stderr).not.toContain('0 of');
  });

  it('the campaign: a malformed URL, dates out of order, a URL too long for its QR code', async () => {
    let bad = replaceOnce(yaml, 'https://zalo.me/g/motzcq639', 'https://zalo/g/motzcq639');
    bad = replaceOnce(bad, 'ends: 2025-11-11', 'ends: 2025-10-01');
    const long = `https://drive.google.com/file/d/${'x'.repeat(360)}/view`;
    bad = replaceOnce(
      bad,
      'https://docs.google.com/document/d/1caLTXEfTl2wTt2pHLLFySlQ-6JSEgfOc/edit',
      long,
    );
    const campaign = await file('bad.yaml', bad);
    const r = await check([], { campaign });
    expect(r.code, r.stderr).toBe(1);
    expect(errors(r)).toEqual([
      `error: ${campaign}, line ${lineOf(bad, 'https://zalo/g/')}, field "links.zalo.url": the URL "https://zalo/g/motzcq639" has no domain ("zalo" is not a web site's name)`,
      expect.stringMatching(
        new RegExp(
          `^error: ${escapeRe(campaign)}, line ${lineOf(bad, long)}, field "links.guide.url": the URL is too long for a printed QR code: ${long.length} bytes`,
        ),
      ),
      `error: ${campaign}, line ${lineOf(bad, 'ends: 2025-10-01')}, field "contest.ends": the contest ends (01/10/2025) before it starts (11/10/2025)`,
    ]);
    expect(r.stderr.match(/^hint: /gm)).toHaveLength(3);
  });

  it('the campaign schema: a missing field and two other problems, all in one run, each on its line', async () => {
    // notice.signer.name deleted; notice.number not a number; "recipients" misspelt.
    let bad = replaceOnce(yaml, '    name: Nguyễn Đức Anh\n', '');
    bad = replaceOnce(bad, '  number: 5 #', '  number: năm #');
    bad = replaceOnce(bad, '  recipients: #', '  recipents: #');
    const campaign = await file('schema.yaml', bad);
    const r = await check([], { campaign });
    expect(r.code, r.stderr).toBe(1);
    const at = (line: number, field: string) =>
      `error: ${campaign}, line ${line}, field "${field}": `;
    // In file order. "recipients" is missing because it is misspelt: one problem, with its
    // likely meaning. A missing key ("name") is reported on the line of its parent.
    expect(errors(r)).toEqual([
      `${at(lineOf(bad, 'number: năm'), 'notice.number')}"number" must be a number, but it is the text "năm"`,
      `${at(lineOf(bad, 'recipents:'), 'notice.recipents')}"recipents" is not a field of "notice", so it would not be printed`,
      `${at(lineOf(bad, '  signer:'), 'notice.signer.name')}the required field "name" is missing from "notice.signer"`,
    ]);
    // Each says what is expected, with an example; the misspelt key gets its likely meaning.
    expect(r.stderr).toContain('hint: Did you mean "recipients"?');
    expect(r.stderr).toContain("Expected the signer's full name, e.g. name: Nguyễn Văn A.");
    expect(r.stderr).not.toMatch(/Invalid input|expected object|received undefined/);
  });

  it('two letters swapped in a key ("cotnest", "sybmol") get the field meant (qa15)', async () => {
    let bad = replaceOnce(yaml, '\ncontest:', '\ncotnest:');
    bad = replaceOnce(bad, '  symbol: UBND-VHXH', '  sybmol: UBND-VHXH');
    const r = await check([], { campaign: await file('swapped.yaml', bad) });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('hint: Did you mean "contest"?');
    expect(r.stderr).toContain('hint: Did you mean "symbol"?');
  });

  it('a campaign with no contest, no app and no links is a whole campaign', async () => {
    const start = yaml.indexOf('\ncontest:');
    const plain = `${yaml.slice(0, start)}\n`
      .replace(/\{\{links\.\w+\.url\}\}/g, 'tại trang của phường')
      // The example's body takes the contest's dates from `contest`, which this one has not.
      .replaceAll('{{contestDates.starts.short}}', '11/10/2025')
      .replaceAll('{{contestDates.ends.short}}', '11/11/2025');
    // In a folder of its own: a templates/ folder beside it would be the campaign's templates.
    const campaign = join(await makeTempDir('phuong-print-plain-'), 'campaign.yaml');
    await writeFile(campaign, plain);
    const r = await check([], { campaign });
    expect(r.code, r.stderr).toBe(0);
    // With no step to do or tick, no link, time or place, the poster, its share image, the
    // checklist, the flyer and the tracking sheet have nothing to print: one note, not an error.
    // The notice remains.
    const notes = r.stderr.split('\n').filter((l) => l.includes(' made: '));
    expect(notes).toEqual([
      `warning: ${campaign}: only notices made: the campaign has no contest, actions for residents or links (no posters, share images, flyers, flyer pictures, checklists, tracking sheets)`,
    ]);
    expect(r.stdout).toMatch(/^ok: 32 groups, 1 kinds$/m);
  });

  // An unknown --kind (a usage error: exit 2, the known kinds, "did you mean"): cli/options.test.ts.
});
