/**
 * CLI command `import-docx`: a ward's notice in Word (.docx) → a campaign folder holding
 * `campaign.yaml` (and the document's pictures, which a notice does not print, under
 * `pictures/`). Prints every guess with the paragraphs it came from, and every warning; then
 * loads the written campaign with the real loader, so that what would stop a build is said now.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { isUserError, problemsOf, UserError } from '../errors.js';
import { parseCampaignReport } from '../load/campaign.js';
import { type DocxImport, importDocx, sourcesIn, warningIn } from '../load/docx/import-docx.js';
import { isScheduleHint } from '../load/schedule-checks.js';
import { msg } from '../messages/message.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { checkFolderSync } from '../output/make-folder.js';
import { wardDay } from '../ward-time.js';
import { cliLanguage, t } from './language.js';
import type { CommandParts } from './main.js';

interface ImportArgs {
  file: string;
  out: string;
  force: boolean;
}

/** A notice is a few hundred KB; its pictures may make it a few MB. */
const MAX_DOCX_MB = 50;

/** A folder given for the notice (qa38 m2): said so, with a Word file in it to give instead. */
async function folderGiven(folder: string): Promise<UserError> {
  const docx = (await readdir(folder).catch(() => [] as string[])).find(
    (name) => /\.docx$/i.test(name) && !name.startsWith('~$'),
  );
  return new UserError(
    msg`this is a folder, not a Word file`,
    { file: folder },
    docx
      ? msg`Give the notice's .docx file itself, e.g. phuong-print import-docx "${join(folder, docx)}".`
      : msg`Give the notice's .docx file itself (in Word: File → Save As → Word Document).`,
  );
}

async function readNotice(file: string): Promise<Uint8Array> {
  const found = await stat(file).catch(() => undefined);
  if (found?.isDirectory()) throw await folderGiven(file);
  const size = found?.isFile() ? found.size : -1;
  if (size < 0) {
    throw new UserError(
      msg`cannot read the Word file`,
      { file },
      msg`Check the path and the file name.`,
    );
  }
  if (size > MAX_DOCX_MB * 1024 * 1024) {
    throw new UserError(
      msg`the file is ${Math.round(size / 1024 / 1024)} MB; a notice may be at most ${MAX_DOCX_MB} MB`,
      { file },
      msg`Check that this is the notice: a notice with its pictures fits in a few MB.`,
    );
  }
  return readFile(file);
}

function report(result: DocxImport, yamlFile: string): string {
  const lang = cliLanguage();
  const lines = [t(msg`guesses (each has a comment in campaign.yaml; check them):`)];
  for (const g of result.guesses) {
    const said = t(g.value);
    const value = said.length > 70 ? `${said.slice(0, 69)}…` : said;
    lines.push(`  ${g.field}: ${value}`, `      ${t(msg`from ${sourcesIn(g.from, lang)}`)}`);
  }
  // What the flyer could have taken from the notice and did not find there (qa56 p9).
  if (result.notes.length > 0) {
    lines.push(
      t(
        msg`left out (${result.notes.length}: the notice does not say them as the flyer prints them):`,
      ),
    );
    for (const n of result.notes) lines.push(`  ${n.field}: ${warningIn(n, lang)}`);
  }
  if (result.warnings.length > 0) {
    lines.push(t(msg`warnings (${result.warnings.length}: not imported as the document has it):`));
    for (const w of result.warnings) lines.push(`  ${t(msg`warning:`)} ${warningIn(w, lang)}`);
  }
  lines.push(t(msg`wrote ${yamlFile}`));
  return `${lines.join('\n')}\n`;
}

/** The loader's verdict on the written file: its errors are what the office must fix first. */
function loaderProblems(yaml: string, file: string): { lines: string[]; errors: boolean } {
  try {
    const { warnings } = parseCampaignReport(yaml, file);
    const lines = warnings.map((w) => {
      // A time or place that only points at the notice's table: what to do is the point (qa29 M2).
      const hint = isScheduleHint(w.hintText) ? w.hintIn(cliLanguage()) : undefined;
      return `${t(msg`warning:`)} ${w.describe(cliLanguage())}${hint ? `\n${t(msg`hint:`)} ${hint}` : ''}`;
    });
    return { lines, errors: false };
  } catch (e) {
    if (!isUserError(e)) throw e;
    const lines = problemsOf(e).map((p) => {
      const hint = p.hintIn(cliLanguage());
      return `${t(msg`error:`)} ${p.describe(cliLanguage())}${hint ? `\n${t(msg`hint:`)} ${hint}` : ''}`;
    });
    return { lines, errors: true };
  }
}

/** What to do next: fill in the FILL IN marks, fix the errors the campaign has, or build (qa33 m6). */
function nextStep(missing: boolean, errors: boolean, build: string) {
  if (errors && missing)
    return msg`next: fix the errors above and fill in what is marked FILL IN, then ${build}`;
  if (errors) return msg`next: fix the errors above in campaign.yaml, then ${build}`;
  return missing ? msg`next: fill in what is marked FILL IN, then ${build}` : msg`next: ${build}`;
}

export const command: CommandParts<ImportArgs> = {
  builder: (y: Argv) =>
    y
      .positional('file', {
        type: 'string',
        demandOption: true,
        describe: t(msg`The notice (.docx)`),
      })
      .option('out', {
        type: 'string',
        demandOption: true,
        describe: t(msg`Campaign folder to write campaign.yaml into (made if missing)`),
      })
      .option('force', {
        type: 'boolean',
        default: false,
        describe: t(msg`Replace a campaign.yaml already in the folder`),
      })
      .example(
        '$0 import-docx cong-van.docx --out ward/',
        t(msg`A campaign draft from the Word notice: ward/campaign.yaml`),
      ),
  handler: async (args) => {
    // A wrong --out is said before the Word file is read and converted.
    checkFolderSync(args.out);
    const yamlFile = join(args.out, 'campaign.yaml');
    if (existsSync(yamlFile) && !args.force) {
      throw new UserError(
        msg`the folder already has a campaign.yaml`,
        { file: yamlFile },
        msg`Import into a new folder, or add --force to replace it.`,
      );
    }
    const bytes = await readNotice(args.file);
    // An id of its own from the start: a draft's figures stay when its number is filled in.
    const result = await importDocx(bytes, {
      source: args.file,
      today: wardDay(),
      id: randomUUID(),
      lang: cliLanguage(),
    });
    for (const picture of result.pictures) {
      await writeFileAtomic(join(args.out, 'pictures', picture.name), picture.bytes);
    }
    await writeFileAtomic(yamlFile, result.yaml);
    process.stdout.write(report(result, yamlFile));
    if (result.pictures.length > 0) {
      process.stdout.write(
        `${t(msg`saved the document's ${result.pictures.length} picture(s) to ${join(args.out, 'pictures')} (a notice prints none)`)}\n`,
      );
    }
    const problems = loaderProblems(result.yaml, yamlFile);
    if (problems.lines.length > 0) {
      process.stdout.write(`${t(msg`the campaign as imported:`)}\n${problems.lines.join('\n')}\n`);
    }
    const build = `phuong-print build --campaign ${yamlFile} --groups groups.csv --kind notice`;
    process.stdout.write(`${t(nextStep(result.missing.length > 0, problems.errors, build))}\n`);
  },
};
