/**
 * Bench support: the example campaign in a studio on 127.0.0.1 (its own worker threads, as
 * `phuong-print studio` runs), and a client signed in as the office is.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/open-store.js';
import { createStudio } from '../src/studio/app.js';
import { ensureFirstUser } from '../src/studio/first-user.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PASSWORD = 'bench-password-0123';

export interface BenchStudio {
  /** The campaign's folder (campaigns/hai-phong). */
  folder: string;
  /** A request as the signed-in office makes it (cookies kept, redirects not followed). */
  get(path: string, init?: RequestInit): Promise<Response>;
  /** A form's POST body. */
  form(fields: Record<string, string>): RequestInit;
  /** The CSRF token of the form on the page at `path`. */
  token(path: string): Promise<string>;
  close(): Promise<void>;
}

export async function benchStudio(): Promise<BenchStudio> {
  const data = await mkdtemp(join(tmpdir(), 'phuong-print-bench-studio-'));
  const folder = join(data, 'campaigns', 'hai-phong');
  await cp(dirname(join(ROOT, 'examples/hai-phong/campaign.yaml')), folder, { recursive: true });
  await rm(join(folder, 'groups.xlsx'));
  const store = await openStore({ dataDir: data });
  await ensureFirstUser(store.db, PASSWORD);
  const app = await createStudio({ dataDir: data, store, rateLimit: 1e9 });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const cookies = new Map<string, string>();
  const get = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(base + path, {
      ...init,
      headers: {
        ...(init.headers ?? {}),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      redirect: 'manual',
    });
    for (const line of res.headers.getSetCookie()) {
      const [k, v] = (line.split(';')[0] ?? '').split('=');
      if (k) cookies.set(k, v ?? '');
    }
    return res;
  };
  const form = (fields: Record<string, string>): RequestInit => ({
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  const token = async (path: string) =>
    /name="_csrf" value="([^"]+)"/.exec(await (await get(path)).text())?.[1] ?? '';
  await get(
    '/sign-in',
    form({ _csrf: await token('/sign-in'), name: 'admin', password: PASSWORD }),
  );
  return {
    folder,
    get,
    form,
    token,
    async close() {
      await app.close();
      await store.close();
      await rm(data, { recursive: true, force: true });
    },
  };
}
