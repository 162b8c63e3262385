/**
 * CLI: `build --watch`: build, then watch every file the build reads (output/input-paths.ts: the
 * campaign file and the images it names, its templates folder, the groups file, the rosters
 * folder, the certificate of --sign), and build again after each change: the incremental build
 * rebuilds only the documents whose inputs changed and reuses the rest. One line per rebuild
 * says what changed and how long it took. A change that breaks the inputs prints the error and
 * the watch goes on; Ctrl-C stops it (during a rebuild, after the files being written are whole).
 * Before each rebuild the watched files are asked for again, so an image an edit of
 * campaign.yaml names is watched from then on (and one it no longer names is not).
 */
import { basename, relative } from 'node:path';
import { isUserError } from '../errors.js';
import { decimal, msg } from '../messages/message.js';
import type { BuildResult } from '../output/build.js';
import { inputPaths } from '../output/input-paths.js';
import { watchInputs } from '../output/watch-inputs.js';
import { systemErrorOf } from '../system-errors.js';
import type { BuildArgs } from './build.js';
import { createReporter, printFailures, printWarnings, type Reporter } from './build-report.js';
import { setCliTerm, t } from './language.js';
import { printUserError } from './print-error.js';
import type { SigningArgs } from './signing-options.js';

type BuildOnce = (signal: AbortSignal, reporter: Reporter) => Promise<BuildResult>;

/** What to watch: the inputs the build reads (a templates folder even before it exists). */
const watchedPaths = (args: BuildArgs & SigningArgs): Promise<string[]> =>
  inputPaths({
    campaign: args.campaign,
    groups: args.groups,
    rosters: args.rosters,
    templateDir: args.templates,
    certificate: args.sign,
  });

/** A user's error (bad input, a full disk) is printed and the watch goes on; a bug is thrown. */
function reportFailure(e: unknown): void {
  const userError = isUserError(e) ? e : systemErrorOf(e);
  if (!userError) throw e;
  printUserError(userError);
  process.stderr.write(`${t(msg`watching for the next change (Ctrl-C stops)`)}\n`);
}

const shown = (path: string) => relative(process.cwd(), path) || basename(path);

export async function buildAndWatch(
  args: BuildArgs & SigningArgs,
  buildOnce: BuildOnce,
): Promise<void> {
  let abort = new AbortController();
  let stopping = false;
  let stopped: () => void = () => {};
  const done = new Promise<void>((ok) => {
    stopped = ok;
  });
  const stop = () => {
    if (stopping) process.exit(130);
    stopping = true;
    abort.abort();
    stopped();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const first = createReporter({ json: Boolean(args.json), quiet: Boolean(args.quiet) });
  await buildOnce(abort.signal, first).catch(reportFailure);

  // Changes that come during a build are kept and built after it, together.
  const pending = new Set<string>();
  let running: Promise<void> | undefined;
  const rebuild = async () => {
    while (pending.size > 0 && !stopping) {
      const changed = [...pending].map(shown);
      pending.clear();
      abort = new AbortController();
      const started = performance.now();
      try {
        // Inside the try: a failure to watch is reported and the watch goes on (outside it,
        // `running` was never reset and no later save rebuilt anything).
        await rewatch();
        const r = await buildOnce(abort.signal, silentReporter);
        setCliTerm(r.term);
        const seconds = decimal((performance.now() - started) / 1000, 1);
        printWarnings(r);
        process.stdout.write(
          `${t(msg`rebuilt after a change to ${changed.join(', ')} in ${seconds} s: ${r.built} built, ${r.reused} reused, ${r.failed.length} failed`)}\n`,
        );
        printFailures(r);
      } catch (e) {
        reportFailure(e);
      }
    }
    running = undefined;
  };
  const watch = await watchInputs(await watchedPaths(args), (changed) => {
    for (const c of changed) pending.add(c);
    running ??= rebuild();
  });
  // The files the build is about to read are watched before it reads them.
  const rewatch = async () => {
    const before = watch.paths;
    const now = await watchedPaths(args);
    await watch.update(now);
    const added = now.filter((p) => !before.includes(p)).map(shown);
    const dropped = before.filter((p) => !now.includes(p)).map(shown);
    if (added.length > 0)
      process.stdout.write(`${t(msg`now also watching ${added.join(', ')}`)}\n`);
    if (dropped.length > 0)
      process.stdout.write(`${t(msg`no longer watching ${dropped.join(', ')}`)}\n`);
  };
  process.stdout.write(
    `${t(msg`watching ${watch.paths.map(shown).join(', ')} for changes (Ctrl-C stops)`)}\n`,
  );
  await done;
  await watch.close();
  await running;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  process.stdout.write(`${t(msg`stopped watching`)}\n`);
}

/** A rebuild reports in one line of its own, not with the build's progress and summary. */
const silentReporter: Reporter = { onInputs() {}, onProgress() {}, done() {}, stop() {} };
