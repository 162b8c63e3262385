/**
 * Output stage: the entry of the build's own thread (build-thread.ts): runs `build` with the
 * options it is given, says its callbacks' calls and its outcome to the thread that started it,
 * and stops starting groups when that thread says 'abort' (Ctrl-C).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { build } from './build.js';
import {
  type BuildMessage,
  carriedError,
  carriedResult,
  type ThreadOptions,
} from './build-thread.js';

const port = parentPort;
if (!port) throw new Error('build-thread-entry.js runs as a worker thread');
const say = (m: BuildMessage) => port.postMessage(m);
const abort = new AbortController();
port.on('message', (m) => {
  if (m === 'abort') abort.abort();
});
// The port listened to would keep the thread alive: it ends when the build is said.
port.unref();

try {
  const result = await build({
    ...(workerData as ThreadOptions),
    signal: abort.signal,
    onInputs: (read) => say({ type: 'inputs', read }),
    onProgress: (progress) => say({ type: 'progress', progress }),
    log: (line) => say({ type: 'log', line }),
  });
  say({ type: 'done', result: carriedResult(result) });
} catch (e) {
  say({ type: 'failed', error: carriedError(e) });
}
