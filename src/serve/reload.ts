/**
 * Serve stage: new inputs without a restart. The office edits campaign.yaml (or the groups file,
 * a roster, a template) while the server runs; the pages then show the new notice. In: the
 * user's input files. Out: a fresh snapshot of them (snapshot.ts), loaded and checked as at
 * start, handed to the server whole — or, when the edit is not valid, one log line naming the
 * problem while the last good inputs go on being served.
 *
 * Changes are watched (chokidar: editors save by writing a new file and renaming it over the
 * old one) and gathered for a moment, since a save is several events; SIGHUP asks for a reload
 * too (cli/serve.ts). What is watched is what the build reads (output/input-paths.ts), asked
 * for again before each reload: an image or templates folder an edit names is watched from then.
 */
import { isUserError, throwProblems } from '../errors.js';
import { ownPlaceholderRefusals } from '../load/campaign-checks.js';
import { goneIdsWarning, idShifts, idShiftWarning, listChange } from '../load/groups/renumbered.js';
import { type Lang, msg, say, type Value } from '../messages/message.js';
import { inputPaths } from '../output/input-paths.js';
import { type InputWatch, watchInputs } from '../output/watch-inputs.js';
import { type InputSnapshot, snapshotInputs } from './snapshot.js';
import { loadWard, type Ward, type WardOptions } from './ward.js';

export interface LoadedInputs {
  snapshot: InputSnapshot;
  ward: Ward;
}

/**
 * Copies the inputs and loads the copy. A problem is reported with the user's file names, as the
 * loader words it; nothing of the copy is left behind.
 */
export async function loadInputs(opts: WardOptions): Promise<LoadedInputs> {
  // A file that cannot be copied (missing, unreadable) is reported as the loader words it.
  const snapshot = await snapshotInputs(opts).catch(async (e: unknown) => {
    await loadWard(opts);
    throw e;
  });
  try {
    const ward = await loadWard(snapshot.options);
    // The tool's own placeholders ("(phòng phụ trách)") are not published (qa7 E2).
    throwProblems(ownPlaceholderRefusals(ward.warnings));
    return { snapshot, ward };
  } catch (e) {
    await snapshot.remove();
    throw snapshot.original(e);
  }
}

/** One line for the log: where the problem is and what it is (a parser's excerpt left out). */
export function problemLine(e: unknown, lang: Lang = 'en'): string {
  const text = isUserError(e) ? e.describe(lang) : e instanceof Error ? e.message : String(e);
  return (text.split('\n')[0] ?? '').replace(/:\s*$/, '');
}

/** A log line said in the reader's language (groups in the served ward's word). */
export type LogLine = (lang: Lang) => string;

export interface Reloader {
  /** Loads the inputs again; true when the server now serves them. */
  reload(why: Value): Promise<boolean>;
  close(): Promise<void>;
}

export interface ReloaderOptions {
  inputs: WardOptions;
  /** What is served now (its snapshot is removed once replaced). */
  first: LoadedInputs;
  /** Serves new inputs. */
  apply(loaded: LoadedInputs): void;
  /**
   * A line for the log; `problem` for one that goes to the error stream, which says "warning:"
   * before it (the line must not say it again).
   */
  log(line: LogLine, problem?: boolean): void;
  /** Watch the input files (else reload on request only). */
  watch: boolean;
  /** How long a burst of file events is gathered before one reload (ms). */
  settleMs?: number;
  /** How long a replaced snapshot is kept for requests still reading it (ms). */
  keepOldMs?: number;
}

const SETTLE_MS = 300;
const KEEP_OLD_MS = 40_000;

export async function startReloader(o: ReloaderOptions): Promise<Reloader> {
  let served = o.first;
  const removals = new Set<NodeJS.Timeout>();
  const old: InputSnapshot[] = [];
  let running: Promise<boolean> | undefined;
  let again: Value | undefined;

  let watch: InputWatch | undefined;
  const once = async (why: Value): Promise<boolean> => {
    // The files about to be read are watched before they are read.
    await watch
      ?.update(await inputPaths(o.inputs))
      .catch((e) =>
        o.log(
          (lang) => say(msg`watching the inputs: ${problemLine(e, lang)}`, lang, served.ward.term),
          true,
        ),
      );
    let loaded: LoadedInputs;
    try {
      loaded = await loadInputs(o.inputs);
    } catch (e) {
      o.log(
        (lang) =>
          say(
            msg`reload (${why}) failed, still serving the last good inputs: ${problemLine(e, lang)}`,
            lang,
            served.ward.term,
          ),
        true,
      );
      return false;
    }
    const replaced = served;
    served = loaded;
    o.apply(loaded);
    o.log((lang) =>
      say(msg`reloaded (${why}): ${loaded.ward.groups.length} groups`, lang, loaded.ward.term),
    );
    // The leaders hold links to these ids: a renumbered file sends them to other groups' pages.
    const shifts = idShifts(replaced.ward.groups, loaded.ward.groups);
    if (shifts.length) {
      const w = idShiftWarning(shifts, o.inputs.groups, loaded.ward.term);
      o.log((lang) => `${w.describe(lang)} ${say(msg`hint:`, lang)} ${w.hintIn(lang)}`, true);
    }
    // Ids the new list lacks: their links open nothing now (qa10 Q1).
    const { gone } = listChange(replaced.ward.groups, loaded.ward.groups);
    if (gone.length) {
      const w = goneIdsWarning(gone, loaded.ward.groups, o.inputs.groups, loaded.ward.term);
      o.log((lang) => `${w.describe(lang)} ${say(msg`hint:`, lang)} ${w.hintIn(lang)}`, true);
    }
    old.push(replaced.snapshot);
    const timer = setTimeout(() => {
      removals.delete(timer);
      old.splice(old.indexOf(replaced.snapshot), 1);
      replaced.snapshot.remove().catch(() => {});
    }, o.keepOldMs ?? KEEP_OLD_MS);
    timer.unref();
    removals.add(timer);
    return true;
  };

  // One reload at a time; a request during one runs once more after it (the files may have
  // changed again while they were being read).
  const reload = (why: Value): Promise<boolean> => {
    if (running) {
      again = why;
      return running;
    }
    running = (async () => {
      let ok = await once(why);
      while (again !== undefined) {
        const next = again;
        again = undefined;
        ok = await once(next);
      }
      return ok;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  // The same watch as `build --watch` (output/watch-inputs.ts): through the folders, so an
  // editor's rename-save is seen; a save's burst of events is one reload.
  if (o.watch) {
    watch = await watchInputs(
      await inputPaths(o.inputs),
      (changed) => {
        reload(msg`${changed.join(', ')} changed`).catch(() => {});
      },
      {
        debounceMs: o.settleMs ?? SETTLE_MS,
        onError: (e) =>
          o.log(
            (lang) =>
              say(msg`watching the inputs: ${problemLine(e, lang)}`, lang, served.ward.term),
            true,
          ),
      },
    );
  }

  return {
    reload,
    async close() {
      await watch?.close();
      await running?.catch(() => {});
      for (const t of removals) clearTimeout(t);
      await Promise.all([...old, served.snapshot].map((s) => s.remove()));
    },
  };
}
