/**
 * CLI: how a build reports — a progress bar on a terminal, plain lines otherwise, a summary, and
 * with --json one machine-readable object. Group names are shown; residents never are.
 */
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';
import { describeWhere } from '../errors.js';
import { decimal, msg } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import type { BuildResult, Progress } from '../output/build.js';
import { kindWords } from '../output/skipped-kinds.js';
import { cliLanguage, cliTerm, setCliTerm, t } from './language.js';

export interface Reporter {
  /** The inputs are read: from here the lines name the groups in the ward's word. */
  onInputs(read: { term: GroupTerm }): void;
  onProgress(p: Progress): void;
  done(result: BuildResult, out: string): void;
  /** The build failed as a whole: the error is printed next, on a line of its own. */
  stop(): void;
}

/** The progress bar's package, loaded only when a bar is drawn (a terminal, not --quiet/--json). */
const loadProgressBars = () =>
  createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule;

export function createReporter(mode: { json: boolean; quiet: boolean }): Reporter {
  const tty = Boolean(process.stderr.isTTY) && !mode.json && !mode.quiet;
  const cliProgress = tty ? loadProgressBars() : undefined;
  // Made at the first progress event, once the ward's word for its groups is known.
  let bar: cliProgressModule.SingleBar | undefined;
  const newBar = () =>
    cliProgress &&
    new cliProgress.SingleBar(
      {
        format: t(
          msg`building [{bar}] {value}/{total} groups | {rate} groups/s | {built} built, {reused} reused, {failed} failed`,
        ),
        hideCursor: true,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
  const started = performance.now();
  let lastLine = 0;
  return {
    onInputs(read) {
      setCliTerm(read.term);
    },
    onProgress(p) {
      // In the reader's decimal mark: "2,5 tổ/giây".
      const rate = decimal(p.done / Math.max(0.001, (performance.now() - started) / 1000), 1);
      if (cliProgress) {
        bar ??= newBar();
        if (!bar) return;
        const shown = t(rate);
        if (!bar.isActive) bar.start(p.total, 0, { rate: shown, built: 0, reused: 0, failed: 0 });
        bar.update(p.done, { rate: shown, built: p.built, reused: p.reused, failed: p.failed });
        return;
      }
      if (mode.json || mode.quiet) return;
      // Plain lines, at most one a second, and the last one.
      const now = performance.now();
      if (now - lastLine < 1000 && p.done < p.total) return;
      lastLine = now;
      process.stdout.write(
        `${t(msg`${p.done}/${p.total} groups, ${rate} groups/s: ${p.built} built, ${p.reused} reused, ${p.failed} failed`)}\n`,
      );
    },
    stop() {
      bar?.stop();
    },
    done(r, out) {
      bar?.stop();
      // From here the messages name the groups in the ward's word ("không tạo được: thôn 2: …").
      setCliTerm(r.term);
      if (mode.json) {
        const summary = {
          out,
          built: r.built,
          reused: r.reused,
          failed: r.failed.map((f) => ({
            group: f.group,
            name: f.name,
            row: f.row,
            ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
            message: f.message,
            hint: f.hint,
          })),
          print: r.print.map((p) => p.path),
          unchanged: r.unchanged,
          zips: r.zips.length,
          removed: r.removed,
          renamed: r.renamed,
          dropped: r.dropped,
          interrupted: r.interrupted,
          // Whether the build went through whole: a stop (Ctrl-C, SIGTERM) leaves it false, also
          // when it came after the groups asked were made but before the print files were.
          finished: !r.interrupted && !r.printCut,
          groups: { finished: r.left.total - r.left.groups, total: r.left.total },
          warnings: r.warnings.map((w) => w.describe()),
          threads: r.threads,
          seconds: Number(r.seconds.toFixed(2)),
        };
        process.stdout.write(`${JSON.stringify(summary)}\n`);
        return;
      }
      printWarnings(r);
      const pages = r.written.reduce((s, f) => s + f.pages, 0);
      process.stdout.write(
        `${t(msg`wrote ${r.written.length} files (${pages} pages) to ${out}, reused ${r.reused}, ${r.print.length} print files, ${r.zips.length} ZIPs, in ${decimal(r.seconds, 1)} s on ${r.threads} thread(s)`)}\n`,
      );
      // Said when something was drawn again: a build that reused everything changed nothing.
      if (r.unchanged.length > 0 && r.built > 0)
        process.stdout.write(
          `${t(
            r.unchanged.length === r.manifest.print.length
              ? msg`every print file is the same as the last build's: if you printed those, no need to print them again`
              : msg`the same as the last build's (if you printed those, no need to print them again): ${r.unchanged.join(', ')}`,
          )}\n`,
        );
      if (r.removed > 0)
        process.stdout.write(
          `${t(msg`removed the files of ${r.removed} groups no longer in the groups file`)}\n`,
        );
      if (r.renamed > 0)
        process.stdout.write(
          `${t(msg`${r.renamed} groups renamed: their files are in folders named after the new names`)}\n`,
        );
      if (r.dropped.kinds.length > 0) {
        const kinds = kindWords(r.dropped.kinds);
        process.stdout.write(
          `${t(
            !r.dropped.removed
              ? msg`the ${kinds} an earlier build made are out of date (this campaign has nothing for them to print): left out of the ZIPs; a build of the whole ward removes them`
              : msg`removed the ${kinds} an earlier build made (this campaign has nothing for them to print now)`,
          )}\n`,
        );
      }
      printFailures(r);
    },
  };
}

/**
 * The inputs' warnings (a file converted from a legacy encoding…), on stderr, naming the groups
 * in the ward's word as check does ("không phải một khu phố", not the default "tổ dân phố").
 */
export function printWarnings(r: Pick<BuildResult, 'warnings'>): void {
  const lang = cliLanguage();
  const term = cliTerm();
  for (const w of r.warnings) {
    process.stderr.write(`${t(msg`warning:`)} ${w.describe(lang, term)}\n`);
    const hint = w.hintIn(lang, term);
    if (hint) process.stderr.write(`${t(msg`hint:`)} ${hint}\n`);
  }
}

/** Each failed group with its reason and hint, and whether the build was interrupted. */
export function printFailures(r: BuildResult): void {
  const lang = cliLanguage();
  for (const f of r.failed) {
    // An error that names its own file (a template, a roster) says where in that file; the
    // group's row is of the groups file, and is given only with an error that names none.
    const where = describeWhere(
      f.where.file ? f.where : { row: f.row, sheet: f.sheet, field: f.where.field },
      lang,
    );
    const message = f.text ? t(f.text) : f.message;
    const at = where ? `${where}: ` : '';
    // A row without an id is named by its name, else by its row alone: never "tổ ?".
    const said = f.group
      ? msg`failed: group ${f.name ? `${f.group} (${f.name})` : f.group}: ${at}${message}`
      : msg`failed: ${f.name ? `${f.name}: ` : ''}${at}${message}`;
    // A group that failed while drawn put none of its documents in place (review57a #7).
    const left = f.leftAsItWas
      ? ` ${t(msg`(none of its new documents put in place: its folder and ZIP left as the last build made them)`)}`
      : '';
    process.stderr.write(`${t(said)}${left}\n`);
    const hint = f.hintText ? t(f.hintText) : f.hint;
    if (hint) process.stderr.write(`${t(msg`hint:`)} ${hint}\n`);
  }
  if (r.interrupted)
    process.stderr.write(
      `${t(msg`interrupted: ${r.left.total - r.left.groups} of ${r.left.total} groups finished, ${r.left.groups} not finished (their folders left as they were); the ${r.written.length} files made are kept; run the same command again to complete the build`)}\n`,
    );
  else if (r.printCut)
    process.stderr.write(
      `${t(msg`interrupted: the ${r.left.total} groups asked are made; the print files were not remade (the other groups' pages were not all in them); run the same command again to remake them`)}\n`,
    );
}
