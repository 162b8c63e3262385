/**
 * Vitest global setup: compile `src/` to `dist/` before any test runs. The CLI tests run the tool
 * as users do (`bin/phuong-print.js` → `dist/`), so a `vitest` started without a build would test
 * yesterday's code. The build is incremental: with nothing changed it takes about a second.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
