import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { threadsFor, workOf } from '../../src/output/threads.js';

// A share picture is rasterised and PNG-encoded: ~50–100 ms of CPU against ~5 ms for a PDF
// document (bench/results.md, session 55), so a ward's "build all" is worth its threads.
describe('how many threads a build draws on', () => {
  const cores = availableParallelism();

  it('gives a 150-group build of every kind (900 documents, 300 of them pictures) every core', () => {
    expect(threadsFor(workOf(900, 300), 150)).toBe(Math.min(cores, 150));
  });

  it('keeps a small build of PDFs alone (100 groups × 6 documents) in one thread', () => {
    expect(threadsFor(workOf(600, 0), 100)).toBe(1);
  });

  it('keeps a handful of pictures (10 groups, 20 pictures) in one thread', () => {
    expect(threadsFor(workOf(60, 20), 10)).toBe(1);
  });

  it('takes --jobs as asked, never more threads than groups', () => {
    expect(threadsFor(workOf(10, 0), 3, 8)).toBe(3);
    expect(threadsFor(workOf(9000, 0), 3000, 1)).toBe(1);
  });
});
