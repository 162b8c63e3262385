/**
 * The layout's hot code keeps its optimised form through a long build: no function of the
 * layout, the kinds or the templates is compiled again at every full collection (a closure made
 * per call is; see test/support/compiled-once.ts). 40 groups with a full collection after each:
 * such a closure was compiled 13–29 times (the table's rows, the tracking sheet's roster, a
 * value's repeated unit word, line breaking). A module's own function is compiled a few times
 * (once, and again when a document's objects it was specialised for are collected: V8's "weak
 * objects").
 */
import { afterAll, expect, it } from 'vitest';
import { compilations } from '../support/compiled-once.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const GROUPS = 40;

it('compiles the layout, kinds and templates code not once per full collection', async () => {
  const compiled = await compilations(GROUPS);
  // The run compiled something of ours: the parse below found its functions.
  expect(compiled.filter((c) => c.file.startsWith('layout/')).length).toBeGreaterThan(10);
  const again = compiled
    .filter((c) => /^(layout|kinds|template)\//.test(c.file) && c.times > GROUPS / 4)
    .map((c) => `${c.file} ${c.name || '(arrow)'} ×${c.times}: ${c.line}`);
  expect(again).toEqual([]);
});
