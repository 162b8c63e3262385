/**
 * Serve stage: a Renderer that renders in worker threads (the build's worker, piscina), so a
 * cold document — or a page picture: a burst of first visits asks for many thumbnails — never
 * blocks the event loop: cached downloads and pages keep flowing while documents for other
 * groups render on the other cores.
 */
import { existsSync } from 'node:fs';
import { Piscina } from 'piscina';
import { defaultJobs, WORKER, WORKER_HEAP_MB } from '../output/pool.js';
import type { DocumentTask, PageTask, ReportTask } from '../output/worker.js';
import type { RenderedOutput } from '../render/output.js';
import {
  createInProcessRenderer,
  type RenderedPage,
  type RenderedReport,
  type Renderer,
  reportInputOf,
} from './renderer.js';
import type { Ward } from './ward.js';

export function createPoolRenderer(ward: Ward, threads = defaultJobs()): Renderer {
  // Without compiled workers (a run from source), fall back to rendering in this thread.
  if (!existsSync(WORKER)) return createInProcessRenderer(ward);
  const pool = new Piscina({
    filename: WORKER,
    name: 'renderOne',
    // The same bound as the build's workers: the server's RSS then stays near --cache-mb plus a
    // fixed amount a thread, and a runaway document fails that request, not the process.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 30_000,
  });
  // The task carries the group's context: workers never load the ward (nor a newer version of
  // its files), they draw what the server's snapshot says.
  const taskOf = (groupId: string, outputName: string): DocumentTask => {
    const output = ward.output(outputName);
    if (!output) throw new Error(`unknown output ${outputName}`);
    return {
      ctx: ward.contextOf(groupId),
      kind: output.kind.name,
      variant: output.variant,
      templateDir: ward.templateDir,
      created: ward.created,
    };
  };
  return {
    async render(groupId, outputName) {
      const doc = (await pool.run(taskOf(groupId, outputName))) as RenderedOutput & {
        thread: number;
      };
      return {
        bytes: doc.bytes,
        contentType: doc.mediaType,
        fileName: outputName,
        pages: doc.pages,
        thread: doc.thread,
      };
    },
    async renderPage(groupId, outputName, page, width) {
      const task: PageTask = { ...taskOf(groupId, outputName), page, width };
      return (await pool.run(task, { name: 'renderPageImage' })) as RenderedPage | undefined;
    },
    renderQrSheet: async (task) =>
      (await pool.run(task, { name: 'renderQrSheet' })) as RenderedPage,
    async renderReport(latest, options, file) {
      const task: ReportTask = { ...reportInputOf(ward, latest, options), file };
      return (await pool.run(task, { name: 'renderReportOne' })) as RenderedReport;
    },
    close: () => pool.destroy(),
  };
}
