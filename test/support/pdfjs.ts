/**
 * pdfjs-dist's legacy build (the one meant for Node), loaded without leaving its polyfills in
 * place of Node's own functions. Its two bundles carry core-js, which replaces built-ins it
 * finds wanting for its own purposes: `Array.prototype.push`, `JSON.stringify`, `JSON.parse`,
 * `Function.prototype.toString`, some of Node's web globals. A test fork runs file after file
 * (vitest.config.ts), so every later test — the program under test run in-process, playwright's
 * messages to Chromium — ran on those JavaScript stand-ins: ~20 s of the suite's CPU in the
 * forks' profiles (bench/results.md, "## tests: one small process starts the programs; pdfjs
 * without its polyfills"), and not
 * the built-ins users' Node gives the program. Here both bundles (the worker's too: pdfjs runs
 * it in this thread when `globalThis.pdfjsWorker` is set, and loads it at the first document
 * otherwise) are imported once, then every property they replaced is put back as it was. What
 * they add (e.g. `Promise.withResolvers`, `Uint8Array.fromBase64`, `DOMMatrix`) stays: pdfjs
 * needs it on Node 20. Import pdfjs from here only.
 */

/** The objects whose own properties core-js replaces. */
function roots(): object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  return [
    globalThis,
    JSON,
    Object,
    Array,
    Promise,
    Function.prototype,
    Object.prototype,
    Array.prototype,
    Promise.prototype,
    String.prototype,
    Map.prototype,
    Set.prototype,
    typedArray,
    Object.getPrototypeOf(Uint8Array.prototype) as object,
    ArrayBuffer.prototype,
  ];
}

type Saved = Map<object, Map<PropertyKey, PropertyDescriptor>>;

function save(): Saved {
  const saved: Saved = new Map();
  for (const root of roots()) {
    const own = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(root)) {
      const d = Object.getOwnPropertyDescriptor(root, key);
      if (d) own.set(key, d);
    }
    saved.set(root, own);
  }
  return saved;
}

const same = (a: PropertyDescriptor, b: PropertyDescriptor) =>
  Object.is(a.value, b.value) && a.get === b.get && a.set === b.set;

/** Puts back every saved property that was replaced since; returns their names. */
function restore(saved: Saved): string[] {
  const replaced: string[] = [];
  for (const [root, own] of saved) {
    for (const [key, before] of own) {
      const now = Object.getOwnPropertyDescriptor(root, key);
      if (now && same(before, now)) continue;
      Object.defineProperty(root, key, before);
      replaced.push(String(key));
    }
  }
  return replaced;
}

const saved = save();
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
// Sets globalThis.pdfjsWorker, which pdfjs then uses instead of loading the worker itself later.
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
/** What the two bundles had replaced (a test reads it). */
export const restoredBuiltIns = restore(saved);

export const { getDocument } = pdfjs;
export { pdfjs };
