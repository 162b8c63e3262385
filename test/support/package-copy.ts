/**
 * Test support: a copy of the package as installed (the launcher, the bundle, what it reads at
 * run time), for a real server whose program files a test then moves away, as an update's
 * unpacking or a rebuild would (test/studio/code-replaced.test.ts, test/serve/worker-gone.test.ts).
 */
import { cp, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function copyOfPackage(to: string): Promise<void> {
  for (const part of ['bin', 'package.json', 'templates', 'fonts', 'assets', 'dist/bundle'])
    await cp(join(ROOT, part), join(to, part), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(to, 'node_modules'));
}
