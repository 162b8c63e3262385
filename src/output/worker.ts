/**
 * Output stage: the worker thread's entry (piscina). For a build, each worker reads and checks the
 * inputs once and parses the fonts once, then renders the groups it is given; for the server and
 * the studio, it renders the documents it is given, each with its group's context.
 */

import { LRUCache } from 'lru-cache';
import { workerData } from 'piscina';
import type { DocumentKind } from '../kinds/kind.js';
import { findKind } from '../kinds/registry.js';
import * as tasks from './document-tasks.js';
import { type BuildInputs, loadBuildInputs } from './inputs.js';
import {
  changedDuringBuild,
  changedFile,
  changedOnDisk,
  type InputsRead,
  inputsRead,
} from './inputs-read.js';
import { type GroupJob, type JobResult, notStartedResult, runGroupJob } from './render-job.js';
import { stopRequested } from './stop-flag.js';
import { adoptWorkerData, type BuildWorkerData } from './worker-data.js';
import { carryingUserErrors } from './worker-result.js';

/**
 * The inputs this thread has read, by spec and kinds, with what they were read from. A build's
 * worker reads them once; a studio's threads outlive its builds, and an office builds one
 * campaign after another: the two last are kept, each read again when its files changed.
 */
const loaded = new LRUCache<string, { read: Promise<InputsRead>; inputs: Promise<BuildInputs> }>({
  max: 2,
});

// A build's workers start with what its main thread checked and prepared (worker-data.ts); the
// server's and the studio's workers are given nothing, and check and prepare for themselves.
const handed = workerData as BuildWorkerData | undefined;
if (handed) adoptWorkerData(handed);

async function inputsFor(job: GroupJob): Promise<BuildInputs> {
  const key = JSON.stringify([job.spec, job.kinds]);
  const known = loaded.get(key);
  // Kept while it is the reading the job was planned from: the files are not read again.
  if (known && !changedFile(await known.read.catch(() => []), job.read)) return known.inputs;
  const inputs = loadBuildInputs(
    job.spec,
    job.kinds.map((k) => findKind(k) as DocumentKind),
    { checkImages: !handed },
  ).catch(async (e: unknown) => {
    // The plan read these files without a fault: one that fails now was most likely saved since.
    const changed = await changedOnDisk(job.read);
    throw changed ? changedDuringBuild(changed) : e;
  });
  const read = inputs.then(inputsRead);
  loaded.set(key, { read, inputs });
  // A failed read is not kept: the next build reads again.
  inputs.catch(() => {
    if (loaded.get(key)?.inputs === inputs) loaded.delete(key);
  });
  const changed = changedFile(job.read, await read);
  if (changed) throw changedDuringBuild(changed);
  return inputs;
}

/** A group of a build (output/build.ts), drawn from the inputs its plan was made from. */
export default carryingUserErrors(
  async (job: GroupJob): Promise<JobResult> =>
    // A job handed over before the build stopped, its inputs not read yet (a cold thread's ~1 s).
    stopRequested(job) ? notStartedResult(job) : runGroupJob(await inputsFor(job), job),
);

// The server's and the studio's documents, one at a time (document-tasks.ts). A UserError (a
// template that fails for this group) does not survive the thread's structured clone as a
// UserError, so it crosses as data and is rebuilt on the other side (serve/pool-renderer.ts).
export const renderOne = carryingUserErrors(tasks.renderOne);
export const renderPageImage = carryingUserErrors(tasks.renderPageImage);
export const renderWithPages = carryingUserErrors(tasks.renderWithPages);
export const renderPageText = carryingUserErrors(tasks.renderPageText);
export const renderPicture = carryingUserErrors(tasks.renderPicture);
export const renderReportOne = carryingUserErrors(tasks.renderReportOne);
export const renderQrSheet = carryingUserErrors(tasks.renderQrSheet);
export const warmUp = carryingUserErrors(tasks.warmUp);
