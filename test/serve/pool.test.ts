/**
 * Cold documents render in worker threads: the server's own thread only serves them, so it stays
 * free to answer other requests while groups' documents render on the other cores.
 */
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createPoolRenderer } from '../../src/serve/pool-renderer.js';
import type { Renderer } from '../../src/serve/renderer.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { EXAMPLE_ROSTERS, exampleWard, startServer, tokenOf } from './server.js';

afterAll(removeTempDirs);

describe('the worker pool renderer', () => {
  it('renders concurrent cold documents in worker threads, each with its group', async () => {
    const ward = await exampleWard();
    const spec = { campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS, rosters: EXAMPLE_ROSTERS };
    const pool = createPoolRenderer(ward, spec, 2);
    const threads: number[] = [];
    // Notes which thread rendered each document the server asked for.
    const watching: Renderer = {
      render: async (g, name) => {
        const r = await pool.render(g, name);
        threads.push(r.thread ?? threadId);
        return r;
      },
      close: () => pool.close(),
    };
    const server = await startServer({ renderer: watching });
    try {
      const ids = ['2', '3', '4', '5', '6', '7'];
      const bodies = await Promise.all(
        ids.map(async (id) => {
          const r = await fetch(`${server.url}/g/${tokenOf(id)}/notice.pdf`);
          expect(r.status).toBe(200);
          return new Uint8Array(await r.arrayBuffer());
        }),
      );
      for (const [i, body] of bodies.entries()) {
        expect(collapseSpaces(await pdfText(body))).toContain(`Bản gửi: Tổ dân phố số ${ids[i]},`);
      }
      expect(threads).toHaveLength(6);
      expect(threads.every((t) => t !== threadId && t > 0)).toBe(true);
    } finally {
      await server.app.close();
    }
  });
});
