/**
 * CLI `build`, end to end: the example ward and broken copies of it, and what lands on disk (PDFs,
 * manifest.json) and what the user reads on stderr. Group 5's build, the program's `--help` and a
 * usage error spawn the real program (bin/phuong-print.js → dist/); the other cases (`build
 * --help` too) run the command's code in this process (runCliInProcess: the same exit code, output and files, without a Node start-up
 * each), and group 5's notice built in this process is byte for byte the program's.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCli, runCliInProcess } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { collapseSpaces, pdfInfo, pdfText } from '../support/pdf-text.js';
import { seedRecipients } from '../support/seed.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const example = (name: string) =>
  fileURLToPath(new URL(`../../examples/hai-phong/${name}`, import.meta.url));
const CAMPAIGN = example('campaign.yaml');
const GROUPS_CSV = example('groups.csv');
const GROUPS_XLSX = example('groups.xlsx');

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `build --quiet` on the example (or the given) inputs, in this process (`run`: the real
 * program). Only notices unless `extra` names a --kind, so the listings below stay exact when
 * more kinds are registered.
 */
function build(
  out: string,
  extra: string[] = [],
  inputs: { campaign?: string; groups?: string } = {},
  run = runCliInProcess,
): Promise<CliResult> {
  return run([
    'build',
    '--campaign',
    inputs.campaign ?? CAMPAIGN,
    '--groups',
    inputs.groups ?? GROUPS_CSV,
    '--out',
    out,
    '--quiet',
    ...(extra.includes('--kind') ? [] : ['--kind', 'notice']),
    ...extra,
  ]);
}

/** Every entry (files and folders) under `dir`, sorted; [] when `dir` is missing. */
async function listAll(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true })).map(String).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/**
 * Vietnamese text as Windows-1258 spells it: base letters with their vowel marks precomposed
 * (â, ơ, ư, đ…), tone marks as separate combining characters — what Excel writes on a
 * Vietnamese Windows for "CSV (Comma delimited)".
 */
function windows1258Form(text: string): string {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  return text.normalize('NFD').replace(/\P{M}\p{M}*/gu, (cluster) => {
    const toneMarks = cluster.match(tones) ?? [];
    return cluster.replace(tones, '').normalize('NFC') + toneMarks.join('');
  });
}

// Built once, on first use, and shared by the tests that only read them.
const memo = <T>(fn: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => {
    p ??= fn();
    return p;
  };
};

const fullBuild = memo(async () => {
  const out = await makeTempDir('phuong-print-cli-full-');
  const result = await build(out);
  return { out, result };
});

/** Group 5's notice built from the example CSV by the real program: its bytes and extracted text. */
const csvGroup5 = memo(async () => {
  const out = await makeTempDir('phuong-print-cli-g5-');
  const result = await build(out, ['--group', '5'], {}, runCli);
  expect(result.code, result.stderr).toBe(0);
  const file = join(out, 'to-dan-pho-so-5', 'notice.pdf');
  return { out, file, bytes: await readFile(file), text: collapseSpaces(await pdfText(file)) };
});

let csvText: string;
let yamlText: string;
let fixtures: string;

beforeAll(async () => {
  csvText = await readFile(GROUPS_CSV, 'utf8');
  yamlText = await readFile(CAMPAIGN, 'utf8');
  fixtures = await makeTempDir('phuong-print-cli-fixtures-');
});

afterAll(removeTempDirs);

describe('build the whole example ward', () => {
  it('writes 32 notices whose manifest entries match the files on disk', async () => {
    const { out, result } = await fullBuild();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');

    const manifest = await readManifest(out);
    expect(manifest.tool).toBe('phuong-print');
    expect(manifest.inputs).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.files).toHaveLength(32);
    expect(manifest.files.map((f) => f.group)).toEqual(
      Array.from({ length: 32 }, (_, i) => String(i + 1)),
    );

    for (const f of manifest.files) {
      expect(f.kind).toBe('notice');
      expect(isAbsolute(f.path)).toBe(false);
      expect(f.path).toBe(`to-dan-pho-so-${f.group}/notice.pdf`);
      const file = join(out, f.path);
      const bytes = await readFile(file);
      expect((await stat(file)).size).toBe(f.bytes);
      expect(bytes.length).toBe(f.bytes);
      expect(sha256(bytes)).toBe(f.sha256);
      expect(f.pages).toBeGreaterThan(0);
    }
    // The pages the manifest records are those of the files: read by pdfinfo for three groups,
    // and for every group from the print file below (each page of a copy carries its mark).
    for (const f of manifest.files.filter((x) => ['1', '14', '32'].includes(x.group)))
      expect((await pdfInfo(join(out, f.path))).pages, f.path).toBe(f.pages);

    // The ward's print file: every notice's pages, in group order, in one PDF.
    // Duplex by default: a document of odd page count is followed by a blank back page.
    const pages = manifest.files.reduce((s, f) => s + f.pages + (f.pages % 2), 0);
    expect(manifest.print.map((p) => p.path)).toEqual(['print/notice-all.pdf']);
    const printFile = join(out, 'print/notice-all.pdf');
    expect((await pdfInfo(printFile)).pages).toBe(pages);
    expect(manifest.print[0]?.pages).toBe(pages);
    expect(sha256(await readFile(printFile))).toBe(manifest.print[0]?.sha256);
    const printRaw = await pdfText(printFile);
    const printText = collapseSpaces(printRaw);
    const order = Array.from({ length: 32 }, (_, i) =>
      printText.indexOf(`Bản gửi: Tổ dân phố số ${i + 1},`),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    // Each group's notice fills as many pages of the print file as the manifest says it has.
    const printPages = printRaw.split('\f');
    for (const f of manifest.files) {
      const mark = `Bản gửi: Tổ dân phố số ${f.group},`;
      expect(printPages.filter((p) => collapseSpaces(p).includes(mark)).length, f.path).toBe(
        f.pages,
      );
    }
    // One ZIP per group.
    expect(manifest.zips).toHaveLength(32);

    // Nothing else in the folder: no temp files left behind by the atomic writes.
    const listing = await listAll(out);
    // The print file's pages kept for the next build (page-store.ts): one file for the print
    // file, none per group.
    expect(listing.filter((p) => p.startsWith('.cache/'))).toEqual([
      '.cache/print-pages',
      '.cache/print-pages/notice-all.bin',
    ]);
    expect(listing.filter((p) => !p.startsWith('.cache'))).toEqual(
      [
        'manifest.json',
        'print',
        'print/notice-all.pdf',
        // The notice's bản gốc, no group's mark on it (output/original.ts, qa42 F10).
        'print/notice-ban-goc.pdf',
        'zip',
        ...manifest.zips.map((z) => z.path),
        ...manifest.files.flatMap((f) => [f.path.split('/')[0] ?? '', f.path]),
      ].sort(),
    );
    // The files' own pages; the blank back pages are only in the print file.
    const own = manifest.files.reduce((s, f) => s + f.pages, 0);
    expect(result.stdout).toContain(`wrote 32 files (${own} pages) to ${out}`);
  });

  it.each(['1', '5', '14'])(
    'marks group %s\'s copy, under the "Kính gửi" list the campaign issues',
    async (id) => {
      const { out } = await fullBuild();
      const text = collapseSpaces(await pdfText(join(out, `to-dan-pho-so-${id}`, 'notice.pdf')));
      expect(text).toContain(`Bản gửi: Tổ dân phố số ${id}, phường Lê Chân`);
      expect(text).toContain(
        `Kính gửi: ${seedRecipients()
          .map((r) => `- ${r}`)
          .join(' ')}`,
      );
      expect(text.split('Kính gửi:')).toHaveLength(2);
      // Group 14 has no leader; no group's copy names its leader.
      expect(text).not.toContain('(Tổ trưởng');
    },
  );
});

describe('one group', () => {
  it('is byte-identical across builds into different folders, and to the full build (the program and the command run here)', async () => {
    const first = await csvGroup5();
    const other = await makeTempDir('phuong-print-cli-g5b-');
    const result = await build(other, ['--group', '5']);
    expect(result.code, result.stderr).toBe(0);
    const second = await readFile(join(other, 'to-dan-pho-so-5', 'notice.pdf'));
    expect(second.length).toBeGreaterThan(1000);
    expect(sha256(second)).toBe(sha256(first.bytes));
    expect(Buffer.compare(second, first.bytes)).toBe(0);

    const manifest = await readManifest(other);
    expect(manifest.files[0]?.key).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.files).toMatchObject([
      {
        group: '5',
        kind: 'notice',
        path: 'to-dan-pho-so-5/notice.pdf',
        pages: (await pdfInfo(second)).pages,
        bytes: second.length,
        sha256: sha256(second),
      },
    ]);

    const full = await fullBuild();
    const fromFull = (await readManifest(full.out)).files.find((f) => f.group === '5');
    expect(fromFull?.sha256).toBe(sha256(second));
  });

  it('renders NFD-normalised inputs exactly like NFC ones', async () => {
    const nfc = await csvGroup5();
    const nfdCsv = csvText.normalize('NFD');
    const nfdYaml = yamlText.normalize('NFD');
    // The copies really differ, and only in normalisation.
    expect(nfdCsv).not.toBe(csvText);
    expect(nfdYaml).not.toBe(yamlText);
    expect(nfdCsv.normalize('NFC')).toBe(csvText);
    expect(nfdYaml.normalize('NFC')).toBe(yamlText);
    const groups = join(fixtures, 'nfd-groups.csv');
    const campaign = join(fixtures, 'nfd-campaign.yaml');
    await writeFile(groups, nfdCsv);
    await writeFile(campaign, nfdYaml);

    const out = await makeTempDir('phuong-print-cli-nfd-');
    const result = await build(out, ['--group', '5'], { campaign, groups });
    expect(result.code, result.stderr).toBe(0);
    const file = join(out, 'to-dan-pho-so-5', 'notice.pdf');
    const text = collapseSpaces(await pdfText(file));
    expect(text).toContain('Bản gửi: Tổ dân phố số 5, phường Lê Chân');
    expect(text).toBe(nfc.text);
    expect(sha256(await readFile(file))).toBe(sha256(nfc.bytes));
  });

  it('renders the XLSX groups file like the CSV one', async () => {
    const fromCsv = await csvGroup5();
    const out = await makeTempDir('phuong-print-cli-xlsx-');
    const result = await build(out, ['--group', '5'], { groups: GROUPS_XLSX });
    expect(result.code, result.stderr).toBe(0);
    const text = collapseSpaces(await pdfText(join(out, 'to-dan-pho-so-5', 'notice.pdf')));
    expect(text).toContain('Bản gửi: Tổ dân phố số 5, phường Lê Chân');
    expect(text).toBe(fromCsv.text);
  });
});

interface Expected {
  /** What follows `error: ` on the first line: file, row, field, as the CLI prints them. */
  where: string | RegExp;
  /** More text the first line must contain. */
  says?: string[];
  hint?: RegExp;
}

/** A rejected build: exit 1, `error:` + `hint:` lines, no stack trace, nothing written. */
async function expectRejected(result: CliResult, out: string, expected: Expected) {
  expect(result.code, result.stderr).toBe(1);
  const lines = result.stderr.split('\n');
  const first = lines[0] ?? '';
  expect(first).toMatch(/^error: /);
  if (typeof expected.where === 'string') expect(first).toContain(`error: ${expected.where}`);
  else expect(first.slice('error: '.length)).toMatch(expected.where);
  for (const text of expected.says ?? []) expect(first).toContain(text);
  const hint = lines.find((l) => l.startsWith('hint: '));
  expect(hint, result.stderr).toBeDefined();
  if (expected.hint) expect(hint).toMatch(expected.hint);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toContain('internal error');
  expect(await listAll(out)).toEqual([]);
}

describe('bad inputs write nothing and say where the problem is', () => {
  async function groupsFile(name: string, content: string | Uint8Array): Promise<string> {
    const file = join(fixtures, name);
    await writeFile(file, content);
    return file;
  }
  async function campaignFile(name: string, content: string): Promise<string> {
    expect(content).not.toBe(yamlText);
    const file = join(fixtures, name);
    await writeFile(file, content);
    return file;
  }
  /** A fresh, empty output folder. */
  async function emptyOut(): Promise<string> {
    const out = join(await makeTempDir('phuong-print-cli-bad-'), 'out');
    await mkdir(out);
    return out;
  }
  function replaceOnce(text: string, from: string, to: string): string {
    expect(text.split(from)).toHaveLength(2);
    return text.replace(from, to);
  }

  it('duplicate id: names both rows and the id column', async () => {
    const groups = await groupsFile(
      'duplicate-id.csv',
      replaceOnce(csvText, '\n4;Tổ dân phố số 4;', '\n3;Tổ dân phố số 4;'),
    );
    const out = await emptyOut();
    await expectRejected(await build(out, ['--strict'], { groups }), out, {
      where: `${groups}, row 5, field "STT": `,
      says: ['"3"', 'row 4'],
    });
  });

  it('empty name: names the row and the name column', async () => {
    const groups = await groupsFile(
      'empty-name.csv',
      replaceOnce(csvText, '\n7;Tổ dân phố số 7;', '\n7;;'),
    );
    const out = await emptyOut();
    await expectRejected(await build(out, ['--strict'], { groups }), out, {
      where: `${groups}, row 8, field "Tên tổ dân phố": `,
      says: ['empty'],
    });
  });

  it('a CSV saved as Windows-1258 is converted: it prints like the UTF-8 file', async () => {
    const text = windows1258Form(csvText.replace(/^\uFEFF/, ''));
    const bytes = iconv.encode(text, 'windows1258');
    // The fixture is a faithful Windows-1258 file (nothing lost to "?")…
    expect(iconv.decode(bytes, 'windows1258').normalize('NFC')).toBe(
      csvText.replace(/^\uFEFF/, ''),
    );
    // …and not valid UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const groups = await groupsFile('windows-1258.csv', bytes);
    const out = await emptyOut();
    const result = await build(out, ['--group', '5'], { groups });
    expect(result.code, result.stderr).toBe(0);
    const text5 = collapseSpaces(await pdfText(join(out, 'to-dan-pho-so-5', 'notice.pdf')));
    expect(text5).toBe((await csvGroup5()).text);
  });

  it('a Windows-1258 CSV whose letters were already lost to "?": says they are lost, asks for UTF-8 from the original', async () => {
    const bytes = iconv.encode(csvText.replace(/^\uFEFF/, ''), 'windows1258');
    expect(iconv.decode(bytes, 'windows1258')).toContain('T? dân ph? s?');
    const groups = await groupsFile('windows-1258-lossy.csv', bytes);
    const out = await emptyOut();
    await expectRejected(await build(out, [], { groups }), out, {
      where: `${groups}: `,
      says: ['replaced by "?"', 'lost'],
      hint: /original.*UTF-8/,
    });
  });

  it.each([
    ['山', 'U+5C71'],
    ['𝔄', 'U+1D504'],
  ])(
    'a leader name with %s, which the fonts lack: names it, %s, the row and column',
    async (char, code) => {
      const groups = await groupsFile(
        `glyph-${code}.csv`,
        replaceOnce(csvText, ';Vũ Quang Trường;', `;Nguyễn Văn ${char};`),
      );
      const out = await emptyOut();
      await expectRejected(await build(out, ['--strict'], { groups }), out, {
        where: `${groups}, row 6, field "Tổ trưởng": `,
        says: [`"${char}" (${code})`],
      });
    },
  );

  it('without --strict, a bad row fails only its group: the others build, exit 1', async () => {
    // The example's first eight groups, group 7's name emptied: groups on both sides of the bad
    // row build (the whole ward's 31 notices would show no more).
    const firstEight = csvText.split('\n').slice(0, 9).join('\n');
    expect(firstEight.split('\n').at(-1)).toMatch(/^8;Tổ dân phố số 8;/);
    const groups = await groupsFile(
      'lenient-empty-name.csv',
      `${replaceOnce(firstEight, '\n7;Tổ dân phố số 7;', '\n7;;')}\n`,
    );
    const out = await emptyOut();
    const result = await build(out, [], { groups });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      `failed: group 7: ${groups}, row 8, field "Tên tổ dân phố": the name is empty`,
    );
    expect(result.stderr).toMatch(/^hint: /m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    const manifest = await readManifest(out);
    expect(manifest.files.map((f) => f.group)).toEqual(['1', '2', '3', '4', '5', '6', '8']);
    expect(await listAll(out)).not.toContain('to-dan-pho-so-7');
  });

  it('a misspelt template variable in notice.body: names the file, line, field and variable', async () => {
    const text = replaceOnce(yamlText, '{{links.zalo.url}}', '{{links.zallo.url}}');
    const campaign = await campaignFile('misspelt-variable.yaml', text);
    const line = text.split('\n').findIndex((l) => l.includes('{{links.zallo.url}}')) + 1;
    expect(line).toBeGreaterThan(1);
    const out = await emptyOut();
    await expectRejected(await build(out, [], { campaign }), out, {
      where: `${campaign}, line ${line}, field "notice.body": `,
      says: ['links.zallo.url'],
    });
  });

  it('a campaign without notice.subject: names the file and the field', async () => {
    const text = yamlText.replace(/^ {2}subject: .*\n/m, '');
    const campaign = await campaignFile('no-subject.yaml', text);
    const out = await emptyOut();
    await expectRejected(await build(out, [], { campaign }), out, {
      where: new RegExp(`^${escapeRe(campaign)}, line \\d+, field "notice\\.subject": `),
    });
  });

  it('an unknown --group id: names it and the groups file', async () => {
    const out = await emptyOut();
    await expectRejected(await build(out, ['--group', '5,99']), out, {
      where: `${GROUPS_CSV}, option --group: `,
      says: ['"99"'],
    });
  });
});

describe('usage errors stop before building', () => {
  it.each([
    ['a missing --groups', ['--campaign', CAMPAIGN], 'missing required option --groups'],
    [
      'an unknown option',
      ['--campaign', CAMPAIGN, '--groups', GROUPS_CSV, '--group', '5', '--colour'],
      'unknown option --colour',
    ],
  ])('%s: exit 2, no stack trace, nothing written', async (what, args, message) => {
    const out = join(await makeTempDir('phuong-print-cli-usage-'), 'out');
    // The program for one of them; the command here for the other.
    const run = what === 'a missing --groups' ? runCli : runCliInProcess;
    const result = await run(['build', ...args, '--out', out]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`error: ${message}`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stdout).not.toContain('wrote');
    expect(await listAll(out)).toEqual([]);
  });
});

describe('a failing build never destroys earlier output', () => {
  it('keeps the PDF, the manifest and nothing else in the folder', async () => {
    // Group 5's build above (the same command; the failing builds must leave it as it is).
    const { out } = await csvGroup5();
    const pdf = join(out, 'to-dan-pho-so-5', 'notice.pdf');
    const pdfSha = sha256(await readFile(pdf));
    const manifest = await readFile(join(out, 'manifest.json'));
    const listing = await listAll(out);
    expect(listing).toEqual([
      'manifest.json',
      'to-dan-pho-so-5',
      'to-dan-pho-so-5/notice.pdf',
      'zip',
      'zip/to-dan-pho-so-5.zip',
    ]);

    const badGroups = join(fixtures, 'keep-duplicate-id.csv');
    await writeFile(badGroups, csvText.replace('\n6;Tổ dân phố số 6;', '\n5;Tổ dân phố số 6;'));
    const badCampaign = join(fixtures, 'keep-misspelt-variable.yaml');
    await writeFile(badCampaign, yamlText.replace('{{links.zalo.url}}', '{{links.zallo.url}}'));

    for (const inputs of [{ groups: badGroups }, { campaign: badCampaign }]) {
      const bad = await build(out, ['--group', '5', '--strict'], inputs);
      expect(bad.code, bad.stderr).toBe(1);
      expect(bad.stderr).toMatch(/^error: /);
      expect(sha256(await readFile(pdf))).toBe(pdfSha);
      expect(Buffer.compare(await readFile(join(out, 'manifest.json')), manifest)).toBe(0);
      expect(await listAll(out)).toEqual(listing);
    }
  });
});

describe('--help', () => {
  it.each([[['--help']], [['build', '--help']]])(
    '%j exits 0 and names the options',
    async (args) => {
      // The program's own --help; the build command's, by the command here.
      const result = await (args.length === 1 ? runCli : runCliInProcess)(args);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
      for (const option of ['--campaign', '--groups', '--kind']) {
        expect(result.stdout).toContain(option);
      }
    },
  );
});
