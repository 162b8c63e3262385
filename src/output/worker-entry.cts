/**
 * Output stage: the file piscina loads in each worker thread, a CommonJS shim over worker.ts.
 *
 * Why: piscina first `require()`s its worker file. On Node 20.19+ that is `require(esm)` of our
 * ES module graph, which aborted a whole process once in CI (a V8 assertion in
 * `CreateRequiredModuleFacade`, no JavaScript error to catch). A CommonJS file is required the
 * ordinary way, and it reaches worker.ts by `import()`, the path ES modules are built for.
 */
type Worker = typeof import('./worker.js');
type Task = (task: never) => Promise<unknown>;

let loaded: Promise<Worker> | undefined;
const worker = (): Promise<Worker> => {
  loaded ??= import('./worker.js');
  return loaded;
};

// The names piscina runs (`pool.run(task, { name })`); `default` is a build's group job.
const NAMES = [
  'default',
  'renderOne',
  'renderPageImage',
  'renderWithPages',
  'renderPageText',
  'renderPicture',
  'renderReportOne',
  'renderQrSheet',
  'warmUp',
] as const satisfies readonly (keyof Worker)[];

// Every task worker.ts exports is listed: tsc names one left out here (it would fail at run time).
type Unlisted = Exclude<keyof Worker, (typeof NAMES)[number]>;
const everyTaskListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyTaskListed;

// Marked as an ES module's namespace, so piscina takes `default` as the function itself.
Object.defineProperty(exports, '__esModule', { value: true });
for (const name of NAMES) {
  exports[name] = async (task: never) => ((await worker())[name] as Task)(task);
}
