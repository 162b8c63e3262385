/**
 * Bench: the server as `serve` runs it (its worker pool; compiled workers: run `npm run build`),
 * started inside a bench's child process on 127.0.0.1 over the example campaign and the groups
 * file in $BENCH_GROUPS, with the disk cache in $BENCH_CACHE. Counts the documents it renders.
 * Used by bench/serve.ts.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ward } from '../src/serve/ward.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BENCH_SECRET = 'bench-secret-0123456789abcdef';

export interface BenchServer {
  address: string;
  ward: Ward;
  /** Loading and checking the ward, to listening. */
  startMs: number;
  /** Documents rendered so far (not served from a cache). */
  rendered(): number;
}

export async function startBenchServer(): Promise<BenchServer> {
  const { createServer } = await import('../src/serve/app.js');
  const { createPoolRenderer, SERVE_POOL } = await import('../src/serve/pool-renderer.js');
  const { loadWard } = await import('../src/serve/ward.js');
  const started = performance.now();
  const ward = await loadWard({
    campaign: join(ROOT, 'examples/hai-phong/campaign.yaml'),
    groups: process.env.BENCH_GROUPS ?? '',
  });
  const inner = createPoolRenderer(ward, SERVE_POOL);
  let rendered = 0;
  const app = await createServer({
    ward,
    secret: BENCH_SECRET,
    cacheDir: process.env.BENCH_CACHE,
    // One client makes every request: lift the per-client limit for the run.
    rateLimit: 1e9,
    renderer: {
      render: (g, n) => {
        rendered++;
        return inner.render(g, n);
      },
      renderInBackground: (g, n) => {
        rendered++;
        return (inner.renderInBackground ?? inner.render).call(inner, g, n);
      },
      renderPage: inner.renderPage,
      renderText: inner.renderText,
      renderQrSheet: inner.renderQrSheet,
      renderReport: inner.renderReport,
      close: inner.close,
    },
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { address, ward, startMs: performance.now() - started, rendered: () => rendered };
}
