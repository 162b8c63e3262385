// Preloaded into a CLI process by test/support/loaded-modules.ts (NODE_OPTIONS=--import=…): writes
// every module the process loads, one a line, to $PHUONG_PRINT_TEST_LOADED when it exits — ES
// modules as the module loader's hook sees their URLs, CommonJS ones as `require` resolves them.
import { writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';

const loaded = [];
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => loaded.push(url));
port1.unref();
const hook = `let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, {
  data: { port: port2 },
  transferList: [port2],
});

const Module = createRequire(import.meta.url)('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain, ...rest) {
  const exports = load.call(this, request, parent, isMain, ...rest);
  try {
    loaded.push(Module._resolveFilename(request, parent, isMain));
  } catch {}
  return exports;
};

process.on('exit', () => {
  // The hook's last messages: drain what the port holds before writing.
  for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1))
    loaded.push(m.message);
  writeFileSync(process.env.PHUONG_PRINT_TEST_LOADED, `${loaded.join('\n')}\n`);
});
