/**
 * Cold documents render in worker threads: while several groups' documents render, the server's
 * own thread stays nearly idle, free to answer other requests.
 */
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { createPoolRenderer } from '../../src/serve/pool-renderer.js';
import { createInProcessRenderer, type Renderer } from '../../src/serve/renderer.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { EXAMPLE_ROSTERS, exampleWard, startServer, tokenOf } from './server.js';

afterAll(removeTempDirs);

/** Milliseconds this thread's event loop was busy while six cold notices were fetched. */
async function busyWhileRendering(renderer: Renderer, check: boolean): Promise<number> {
  const server = await startServer({ renderer });
  try {
    // Warm up (fonts, inputs, workers), so the measure is about rendering.
    expect((await fetch(`${server.url}/g/${tokenOf('1')}/notice.pdf`)).status).toBe(200);
    const ids = ['2', '3', '4', '5', '6', '7'];
    const before = performance.eventLoopUtilization();
    const bodies = await Promise.all(
      ids.map(async (id) => {
        const r = await fetch(`${server.url}/g/${tokenOf(id)}/notice.pdf`);
        expect(r.status).toBe(200);
        return new Uint8Array(await r.arrayBuffer());
      }),
    );
    const busy = performance.eventLoopUtilization(before).active;
    if (check) {
      for (const [i, body] of bodies.entries()) {
        expect(collapseSpaces(await pdfText(body))).toContain(`Kính gửi: Tổ dân phố số ${ids[i]} `);
      }
      expect(server.rendered.filter((r) => r.endsWith('notice.pdf'))).toHaveLength(7);
    }
    return busy;
  } finally {
    await server.app.close();
  }
}

describe('the worker pool renderer', () => {
  it('renders cold documents off the event loop, each with its group', async () => {
    const ward = await exampleWard();
    const spec = { campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS, rosters: EXAMPLE_ROSTERS };
    const pooled = await busyWhileRendering(createPoolRenderer(ward, spec, 2), true);
    const inThread = await busyWhileRendering(createInProcessRenderer(ward), false);
    console.log(
      `event loop busy: pool ${pooled.toFixed(0)} ms, in-process ${inThread.toFixed(0)} ms`,
    );
    // Rendering six 4-page notices costs tens of ms each; with the pool this thread does not.
    expect(pooled).toBeLessThan(inThread / 2);
  });
});
