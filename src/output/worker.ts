/**
 * Output stage: the worker thread's entry (piscina). For a build, each worker reads and checks the
 * inputs once and parses the fonts once, then renders the groups it is given; for the server, it
 * renders the documents it is given, each with its group's context.
 */

import { threadId } from 'node:worker_threads';
import type { DocumentKind } from '../kinds/kind.js';
import { findKind } from '../kinds/registry.js';
import { loadFonts } from '../layout/fonts.js';
import type { DocContext } from '../model/context.js';
import { renderPageJpeg } from '../render/image/page-image.js';
import { type RenderedOutput, renderOutput } from '../render/output.js';
import { type BuildInputs, type InputSpec, loadBuildInputs } from './inputs.js';

// The server's sheet of QR codes, drawn here off its event loop (pool-renderer.ts).
export { renderQrSheet } from '../serve/qr-sheet.js';

import { type GroupJob, type JobResult, runGroupJob } from './render-job.js';
import { type ReportInput, renderReportFile } from './report.js';

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

/**
 * One document of one group, for the web server: the group's context comes with the task (its
 * share of the ward, a few KB), so a worker never loads the ward itself — a 3,000-group ward is
 * held once, by the server, not once more in every thread.
 */
export interface DocumentTask {
  ctx: DocContext;
  kind: string;
  variant?: string;
  /** The (snapshot's) templates folder. */
  templateDir?: string;
  created: Date;
}

function optionsOf(task: DocumentTask) {
  const kind = findKind(task.kind);
  if (!kind) throw new Error(`unknown kind ${task.kind}`);
  const opts = {
    fonts: loadFonts(),
    created: task.created,
    templateDir: task.templateDir,
    variant: task.variant,
  };
  return { kind, opts };
}

/** One document, rendered here, off the server's event loop. */
export async function renderOne(task: DocumentTask): Promise<RenderedOutput & { thread: number }> {
  const { kind, opts } = optionsOf(task);
  return { ...(await renderOutput(kind, task.ctx, opts)), thread: threadId };
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
  const { kind, opts } = optionsOf(task);
  const bytes = await renderPageJpeg(kind, task.ctx, opts, task.page, task.width);
  return bytes && { bytes, thread: threadId };
}

/** The ward's report.pdf or report.xlsx (the office's buttons), off the event loop. */
export interface ReportTask extends ReportInput {
  file: 'pdf' | 'xlsx';
}

export async function renderReportOne(
  task: ReportTask,
): Promise<{ bytes: Uint8Array; thread: number }> {
  return { bytes: await renderReportFile(task, task.file), thread: threadId };
}
