/**
 * Load run of `serve` (npm run bench:serve; not a test): the server in a child process on
 * 127.0.0.1, autocannon with 50 connections for 20 s per phase over many groups' documents.
 * Cold: every request asks for a document not rendered yet. Cached: the same documents again.
 * Prints the figures and writes them as the "## serve" section of bench/results.md (replacing
 * that section on a re-run, keeping the others).
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { BENCH_SECRET, startBenchServer } from './serve-child.js';

const CONNECTIONS = 50;
const SECONDS = 20;
const GROUPS = 400;
const CACHED_GROUPS = 40;
const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface Stats {
  maxRssMb: number;
  rendered: number;
  /** Server CPU time so far (user + system), ms. */
  cpuMs: number;
}

async function server(): Promise<void> {
  const { address, ward, rendered } = await startBenchServer();
  process.on('message', (m) => {
    if (m !== 'stats') return;
    const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const cpu = process.cpuUsage();
    process.send?.({
      maxRssMb,
      rendered: rendered(),
      cpuMs: (cpu.user + cpu.system) / 1000,
    } satisfies Stats);
  });
  process.send?.({
    address,
    outputs: ward.outputs.map(
      (o) => `${o.kind.name}${o.variant ? `-${o.variant}` : ''}.${o.kind.ext ?? 'pdf'}`,
    ),
  });
}

/** Server CPU ms per request over some phases' requests. */
const cpuPer = (cpuMs: number, ...rs: Result[]) =>
  (
    cpuMs /
    Math.max(
      1,
      rs.reduce((n, r) => n + r.requests.total, 0),
    )
  ).toFixed(2);

function row(name: string, r: Result, cpu: string, note: string): string {
  const ok = r.requests.total - r.non2xx;
  return `| ${name} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${ok} | ${r.errors} | ${r.non2xx} | ${cpu} | ${note} |`;
}

async function main(): Promise<void> {
  // Other work on the machine skews every figure: the section records it.
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  const dir = await mkdtemp(join(tmpdir(), 'phuong-print-bench-'));
  const groups = join(dir, 'groups.csv');
  const lines = ['STT;Tên tổ dân phố;Số hộ;Số nhân khẩu'];
  for (let i = 1; i <= GROUPS; i++) lines.push(`${i};Tổ dân phố số ${i};${200 + i};${700 + 3 * i}`);
  await writeFile(groups, `${lines.join('\r\n')}\r\n`);
  const child = fork(fileURLToPath(import.meta.url), ['--server'], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_GROUPS: groups, BENCH_CACHE: join(dir, 'cache') },
  });
  const ready = await new Promise<{ address: string; outputs: string[] }>((resolve) =>
    child.once('message', (m) => resolve(m as { address: string; outputs: string[] })),
  );
  const stats = () =>
    new Promise<Stats>((resolve) => {
      child.once('message', (m) => resolve(m as Stats));
      child.send('stats');
    });
  const { groupToken } = await import('../src/serve/tokens.js');
  const urlsOf = (n: number) => {
    const urls: string[] = [];
    // Group by group, every document of each: the mix of kinds a leader downloads.
    for (let g = 1; g <= n; g++) {
      for (const out of ready.outputs)
        urls.push(`/g/${groupToken(BENCH_SECRET, String(g))}/${out}`);
    }
    return urls;
  };
  const run = (paths: string[], connections = CONNECTIONS) => {
    let i = 0;
    return autocannon({
      url: ready.address,
      connections,
      duration: SECONDS,
      timeout: 120,
      requests: [
        { method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) },
      ],
    });
  };

  // Cold: more distinct documents than 20 s can render, each asked for once.
  const initial = await stats();
  const cold = await run(urlsOf(GROUPS));
  const afterCold = await stats();
  // Warm the cached set (mostly rendered during the cold run already), then hammer it.
  const cachedUrls = urlsOf(CACHED_GROUPS);
  for (const u of cachedUrls) await (await fetch(`${ready.address}${u}`)).arrayBuffer();
  const before = await stats();
  const cached = await run(cachedUrls);
  const after = await stats();
  // Mixed: half the clients ask for cached documents while the other half make the server
  // render (documents from the end of the list, which the cold phase did not reach).
  const [mixedCached, mixedCold] = await Promise.all([
    run(cachedUrls, CONNECTIONS / 2),
    run(urlsOf(GROUPS).reverse(), CONNECTIONS / 2),
  ]);
  const afterMixed = await stats();
  child.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });

  const section = [
    '## serve',
    '',
    `\`npm run bench:serve\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average ${load} at start.`,
    `Server in its own process on 127.0.0.1 (documents rendered in the worker pool, one thread per core; memory cache 64 MB + disk cache), autocannon ${CONNECTIONS} connections × ${SECONDS} s per phase, ${GROUPS} groups × ${ready.outputs.length} documents.`,
    '',
    '| phase | req/s | p50 ms | p99 ms | max ms | 2xx | errors | non-2xx | server CPU ms/req | |',
    '|---|---|---|---|---|---|---|---|---|---|',
    row(
      'cold documents',
      cold,
      cpuPer(afterCold.cpuMs - initial.cpuMs, cold),
      `${afterCold.rendered} rendered, each requested once`,
    ),
    row(
      'cached documents',
      cached,
      cpuPer(after.cpuMs - before.cpuMs, cached),
      `${CACHED_GROUPS} groups × ${ready.outputs.length} documents; ${after.rendered - before.rendered} rendered in the phase`,
    ),
    row(
      'mixed: cached',
      mixedCached,
      '',
      `${CONNECTIONS / 2} clients on cached documents while the others render`,
    ),
    row(
      'mixed: cold',
      mixedCold,
      cpuPer(afterMixed.cpuMs - after.cpuMs, mixedCached, mixedCold),
      `${CONNECTIONS / 2} clients; ${afterMixed.rendered - after.rendered} rendered (CPU over both halves)`,
    ),
    '',
    `Peak RSS of the server: ${afterMixed.maxRssMb} MB (after the cold phase: ${afterCold.maxRssMb} MB).`,
    '',
    'Cold requests queue for the worker threads (as many as cores), so with 50 clients waiting the',
    'p99 is many renders long; cached requests do not wait for them, since rendering is off the',
    'event loop (mixed phase). Cached requests are bound by the machine: autocannon',
    'runs on the same cores and decodes every binary body as a string, which costs it more CPU',
    'than the server spends per request (CPU column).',
    '',
  ].join('\n');
  process.stdout.write(`${section}\n`);
  const file = join(ROOT, 'bench/results.md');
  const old = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
  const start = old.search(/^## serve\s*$/m);
  let next = start < 0 ? -1 : old.slice(start + 1).search(/^## /m);
  if (next >= 0) next += start + 1;
  const updated =
    start < 0
      ? `${old.trimEnd()}\n\n${section}`
      : `${old.slice(0, start)}${section}${next >= 0 ? `\n${old.slice(next)}` : ''}`;
  await writeFile(file, `${updated.trimEnd()}\n`);
}

if (process.argv.includes('--server')) await server();
else await main();
