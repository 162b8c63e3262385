/**
 * Output stage: the worker thread's entry (piscina). Each worker reads and checks the inputs once
 * and parses the fonts once, then renders the groups it is given.
 */

import { threadId } from 'node:worker_threads';
import type { DocumentKind } from '../kinds/kind.js';
import { findKind } from '../kinds/registry.js';
import { type RenderedOutput, renderOutput } from '../render/output.js';
import { type BuildInputs, type InputSpec, loadBuildInputs } from './inputs.js';
import { type GroupJob, type JobResult, runGroupJob } from './render-job.js';

const loaded = new Map<string, Promise<BuildInputs>>();

function inputsFor(spec: InputSpec, kinds: string[]): Promise<BuildInputs> {
  const key = JSON.stringify([spec, kinds]);
  let inputs = loaded.get(key);
  if (!inputs) {
    inputs = loadBuildInputs(
      spec,
      kinds.map((k) => findKind(k) as DocumentKind),
    );
    loaded.set(key, inputs);
  }
  return inputs;
}

export default async function render(job: GroupJob): Promise<JobResult> {
  return runGroupJob(await inputsFor(job.spec, job.kinds), job);
}

export interface DocumentTask {
  spec: InputSpec;
  kinds: string[];
  groupId: string;
  kind: string;
  variant?: string;
}

/** One document of one group, for the web server: rendered here, off its event loop. */
export async function renderOne(task: DocumentTask): Promise<RenderedOutput & { thread: number }> {
  const inputs = await inputsFor(task.spec, task.kinds);
  const group = inputs.groups.find((g) => g.id === task.groupId);
  const kind = findKind(task.kind);
  if (!group || !kind) throw new Error(`unknown document ${task.groupId}/${task.kind}`);
  const doc = await renderOutput(kind, inputs.contextOf(group), {
    fonts: inputs.fonts,
    created: inputs.created,
    templateDir: task.spec.templateDir,
    variant: task.variant,
  });
  return { ...doc, thread: threadId };
}
