/**
 * Output stage: what a build's inputs were when a thread read them — each file's path and a hash
 * of its bytes. The build's main thread plans from its own reading; a worker thread reads the
 * same files again (or keeps an earlier reading: a studio's threads outlive its builds). The
 * worker draws a group only from the reading the plan was made from, and names the file that
 * differs otherwise: a campaign saved between the two reads would print words the plan's keys do
 * not cover, and the next build would keep them as up to date.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { templateFile } from '../kinds/render.js';
import { msg } from '../messages/message.js';
import type { BuildInputs } from './inputs.js';

/** Each file the inputs were read from, with a hash of its bytes, in a fixed order. */
export type InputsRead = [file: string, sha256: string][];

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function inputsRead(inputs: BuildInputs): InputsRead {
  const { spec } = inputs;
  return [
    [spec.campaign, sha256(inputs.campaignBytes)],
    [spec.groups, sha256(inputs.groupsBytes)],
    // The templates of the kinds built: a build reads those of every kind asked for, and its
    // jobs (and their workers) only those with something to print.
    ...[...new Set(inputs.kinds.map((k) => templateFile(k, spec.templateDir)))]
      .sort()
      .map((file): [string, string] => [file, sha256(inputs.templates.get(file) ?? '')]),
    // The rosters as one entry, named by their folder: a job is sent with this list, and one
    // line a group would make it grow with the ward (3,000 groups: 3,000 lines in each job). A
    // ward-wide list is a file: its bytes' hash, as any file's.
    ...(spec.rosters
      ? [
          [
            spec.rosters,
            inputs.rostersBytes
              ? sha256(inputs.rostersBytes)
              : sha256(
                  [...inputs.rosters.values()]
                    .map((r) => `${r.file}\u0000${sha256(r.bytes)}`)
                    .sort()
                    .join('\n'),
                ),
          ] as [string, string],
        ]
      : []),
  ];
}

/** The first file whose reading differs between the two (a file only one of them read too). */
export function changedFile(a: InputsRead, b: InputsRead): string | undefined {
  const other = new Map(b);
  for (const [file, hash] of a) if (other.get(file) !== hash) return file;
  const mine = new Map(a);
  for (const [file] of b) if (!mine.has(file)) return file;
  return undefined;
}

/** A worker's reading that is not the plan's: the file was saved while the build ran. */
export function changedDuringBuild(file: string): UserError {
  return new UserError(
    // Its name in the sentence too: the studio says problems without the path.
    msg`the file ${basename(file)} changed while the build was reading it`,
    { file },
    msg`Build again when nobody is editing it.`,
  );
}

/**
 * The first file of a reading that is not, on disk, what it was when read: asked when a worker's
 * own read of the inputs failed (a campaign saved half-typed while the build ran is a YAML error
 * to the worker, but to the office the file changed during the build). The rosters' entry names
 * a folder and is left out; a template's hash is of its text as read (NFC), a data file's of its
 * bytes.
 */
export async function changedOnDisk(read: InputsRead): Promise<string | undefined> {
  for (const [file, hash] of read) {
    const info = await stat(file).catch(() => undefined);
    if (!info) return file;
    if (!info.isFile()) continue;
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) return file;
    if (sha256(bytes) !== hash && sha256(bytes.toString('utf8').normalize('NFC')) !== hash)
      return file;
  }
  return undefined;
}
