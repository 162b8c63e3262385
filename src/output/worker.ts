/**
 * Output stage: the worker thread's entry (piscina). Each worker reads and checks the inputs once
 * and parses the fonts once, then renders the groups it is given.
 */

import { threadId } from 'node:worker_threads';
import type { DocumentKind } from '../kinds/kind.js';
import { findKind } from '../kinds/registry.js';
import { renderPageJpeg } from '../render/image/page-image.js';
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

/** The inputs, group, kind and render options a task names. */
async function documentOf(task: DocumentTask) {
  const inputs = await inputsFor(task.spec, task.kinds);
  const group = inputs.groups.find((g) => g.id === task.groupId);
  const kind = findKind(task.kind);
  if (!group || !kind) throw new Error(`unknown document ${task.groupId}/${task.kind}`);
  const opts = {
    fonts: inputs.fonts,
    created: inputs.created,
    templateDir: task.spec.templateDir,
    variant: task.variant,
  };
  return { kind, ctx: inputs.contextOf(group), opts };
}

/** One document of one group, for the web server: rendered here, off its event loop. */
export async function renderOne(task: DocumentTask): Promise<RenderedOutput & { thread: number }> {
  const { kind, ctx, opts } = await documentOf(task);
  return { ...(await renderOutput(kind, ctx, opts)), thread: threadId };
}

export interface PageTask extends DocumentTask {
  /** 1-based. */
  page: number;
  /** Of the JPEG, in pixels. */
  width: number;
}

/** One page of a document as a JPEG (the web pages' thumbnails and page views), off the event loop. */
export async function renderPageImage(
  task: PageTask,
): Promise<{ bytes: Uint8Array; thread: number } | undefined> {
  const { kind, ctx, opts } = await documentOf(task);
  const bytes = await renderPageJpeg(kind, ctx, opts, task.page, task.width);
  return bytes && { bytes, thread: threadId };
}
