/**
 * Output stage: the worker thread's entry (piscina). For a build, each worker reads and checks the
 * inputs once and parses the fonts once, then renders the groups it is given; for the server and
 * the studio, it renders the documents it is given, each with its group's context.
 */

import { workerData } from 'piscina';
import type { DocumentKind } from '../kinds/kind.js';
import { findKind } from '../kinds/registry.js';
import * as tasks from './document-tasks.js';
import { type BuildInputs, type InputSpec, loadBuildInputs } from './inputs.js';
import { type GroupJob, type JobResult, runGroupJob } from './render-job.js';
import { adoptWorkerData, type BuildWorkerData } from './worker-data.js';
import { carryingUserErrors } from './worker-result.js';

const loaded = new Map<string, Promise<BuildInputs>>();

// A build's workers start with what its main thread checked and prepared (worker-data.ts); the
// server's and the studio's workers are given nothing, and check and prepare for themselves.
const handed = workerData as BuildWorkerData | undefined;
if (handed) adoptWorkerData(handed);

function inputsFor(spec: InputSpec, kinds: string[]): Promise<BuildInputs> {
  const key = JSON.stringify([spec, kinds]);
  let inputs = loaded.get(key);
  if (!inputs) {
    inputs = loadBuildInputs(
      spec,
      kinds.map((k) => findKind(k) as DocumentKind),
      { checkImages: !handed },
    );
    loaded.set(key, inputs);
  }
  return inputs;
}

export default async function render(job: GroupJob): Promise<JobResult> {
  return runGroupJob(await inputsFor(job.spec, job.kinds), job);
}

// The server's and the studio's documents, one at a time (document-tasks.ts). A UserError (a
// template that fails for this group) does not survive the thread's structured clone as a
// UserError, so it crosses as data and is rebuilt on the other side (serve/pool-renderer.ts).
export const renderOne = carryingUserErrors(tasks.renderOne);
export const renderPageImage = carryingUserErrors(tasks.renderPageImage);
export const renderWithPages = carryingUserErrors(tasks.renderWithPages);
export const renderPicture = carryingUserErrors(tasks.renderPicture);
export const renderReportOne = carryingUserErrors(tasks.renderReportOne);
export const renderQrSheet = carryingUserErrors(tasks.renderQrSheet);
export const warmUp = carryingUserErrors(tasks.warmUp);
