// A studio in a process of its own whose worker threads idle for argv[3] ms (the office's: minutes),
// for test/studio/idle-threads.test.ts, which counts the threads of this process alone. Started as
// `studio` starts one, from the compiled dist/ (built by vitest's global setup); prints its address.
// Usage: node idle-studio-child.mjs <data folder> <idle ms> [threads]; PHUONG_PRINT_ADMIN_PASSWORD
// as `studio`. Threads: at most this many (one per core by default).
import { openStore } from '../../dist/store/open-store.js';
import { createStudio } from '../../dist/studio/app.js';
import { ensureFirstUser } from '../../dist/studio/first-user.js';
import { previewThreads } from '../../dist/studio/preview.js';

const [data, idleMs, threads] = process.argv.slice(2);
const store = await openStore({ dataDir: data });
await ensureFirstUser(store.db, process.env.PHUONG_PRINT_ADMIN_PASSWORD);
const app = await createStudio({
  dataDir: data,
  store,
  makeDocumentPool: () => previewThreads(Number(idleMs), threads ? Number(threads) : undefined),
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`studio on ${address}\n`);
process.once('SIGTERM', async () => {
  await app.close();
  await store.close();
  process.exit(0);
});
