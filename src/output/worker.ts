/**
 * Output stage: the worker thread's entry (piscina). Each worker reads and checks the inputs once
 * and parses the fonts once, then renders the groups it is given.
 */

import type { DocumentKind } from '../kinds/kind.js';
import { findKind } from '../kinds/registry.js';
import { type BuildInputs, loadBuildInputs } from './inputs.js';
import { type GroupJob, type JobResult, runGroupJob } from './render-job.js';

const loaded = new Map<string, Promise<BuildInputs>>();

export default async function render(job: GroupJob): Promise<JobResult> {
  const key = JSON.stringify([job.spec, job.kinds]);
  let inputs = loaded.get(key);
  if (!inputs) {
    inputs = loadBuildInputs(
      job.spec,
      job.kinds.map((k) => findKind(k) as DocumentKind),
    );
    loaded.set(key, inputs);
  }
  return runGroupJob(await inputs, job);
}
