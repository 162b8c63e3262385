/**
 * The package as a user gets it: `npm pack` on a clean copy of the repository (its git files),
 * then `npm install --omit=dev <tarball>` in an empty folder — no TypeScript, no sources — and
 * the installed `phuong-print` builds the bundled example ward. A user's `npm pack` runs
 * `prepack` (dist/ removed, then `npm run build`); the tests' global setup has just run that same
 * build (test/support/global-setup.ts), so the copy takes its dist/ and packs with
 * `--ignore-scripts` — a second full tsc and bundle cost ~13 s of CPU (bench/results.md) — and a
 * separate case checks that prepack is that build from an empty dist/.
 * The notice's text is read back with pdftotext. And a clone installed without the dev
 * dependencies: its `prepare` succeeds without TypeScript. And the container's entry point:
 * the Dockerfile's CMD, run from that install, refuses a first start without the admin's
 * password in one Vietnamese line, and with it starts the studio, which answers the image's
 * health check and its sign-in page. Needs git and the npm registry (or npm's cache).
 * better-sqlite3's native module comes as a local prebuilt binary (see `localPrebuilds`), so
 * the install does not compile SQLite.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFile,
  cp,
  mkdir,
  readdir,
  readFile,
  rm,
  statfs,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDockerfile } from '../support/dockerfile.js';
import { execTool } from '../support/exec.js';
import { pdfImageList } from '../support/pdf-items.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The environment without the variables of the `npm test` that runs us (npm_config_…). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')),
  );
}

async function run(
  cmd: string,
  args: string[],
  cwd: string,
  timeoutMs = 240_000,
  env: Record<string, string> = {},
) {
  const r = await execTool(cmd, args, { cwd, env: { ...cleanEnv(), ...env }, timeoutMs });
  expect(r.code, `${cmd} ${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

/**
 * The repository as a clean clone has it (tracked and new, not ignored, files: no dist/), with
 * the dev dependencies as `npm ci` installed them (TypeScript, for prepack) or without any.
 */
async function cleanCopy(to: string, devDependencies: boolean): Promise<void> {
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\0')
    // node_modules/ is ignored as a folder; a linked one (a second work tree) is still listed.
    .filter((f) => f && f !== 'node_modules' && !f.startsWith('node_modules/'));
  // copyFile, each folder made once: fs.cp's checks of each of the ~1,500 files cost ~1 s of
  // CPU, copyFile's ~0.2 s (git lists files only, no folders and no links to follow).
  const made = new Set<string>();
  for (const file of files) {
    const folder = dirname(join(to, file));
    if (!made.has(folder)) await mkdir(folder, { recursive: true });
    made.add(folder);
    await copyFile(join(ROOT, file), join(to, file)).catch((e: NodeJS.ErrnoException) => {
      // A file deleted but not yet committed is still listed by git.
      if (e.code !== 'ENOENT') throw e;
    });
  }
  if (devDependencies) await symlink(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/**
 * better-sqlite3's native module, packed as the prebuilt binary its install script
 * (prebuild-install) would download from GitHub, from the one `npm ci` put in this checkout (same
 * Node, same machine). prebuild-install takes a prebuilt from the folder its
 * `npm_config_better_sqlite3_local_prebuilds` names before going to the network — how an office
 * without internet access installs it — so the install runs the package's install script as a
 * user's does, without compiling SQLite from source (minutes of CPU on 2 cores).
 */
async function localPrebuilds(): Promise<Record<string, string>> {
  const module = join(ROOT, 'node_modules', 'better-sqlite3');
  const { version } = JSON.parse(await readFile(join(module, 'package.json'), 'utf8'));
  const dir = await makeTempDir('phuong-print-prebuilds-');
  // prebuild-install's name: {name}-v{version}-{runtime}-v{abi}-{platform}{libc}-{arch}.tar.gz
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  await run('tar', ['-czf', join(dir, name), 'build/Release/better_sqlite3.node'], module);
  return { npm_config_better_sqlite3_local_prebuilds: dir };
}

/**
 * Where the copy, the tarball and the install go: a memory file system when there is one with
 * room (Linux's /dev/shm), else the temporary folder. The install writes ~6,900 files (what the
 * bundle holds is not among them; ~17,000 when it was) and the test deletes them again; on the
 * disk that was 10–18 s of system CPU under load against ~3 s in memory (bench/results.md,
 * "## tests: the browser files"). What is installed, and how, is the same.
 */
async function scratchFolder(): Promise<string> {
  const TMPFS_MAGIC = 0x01021994;
  try {
    const fs = await statfs('/dev/shm');
    if (fs.type === TMPFS_MAGIC && fs.bavail * fs.bsize > 1024 ** 3) return '/dev/shm';
  } catch {
    // No /dev/shm.
  }
  return tmpdir();
}

/** The logo the installed package's build prints: a size no other picture of a poster has. */
const LOGO = { width: 353, height: 231 };

/** The folder the tarball was installed into, for the container's entry point below. */
let installed: string | undefined;
/** The clean copy the tarball was packed from, for the clone without dev dependencies below. */
let packedFrom: string | undefined;

describe('npm pack', () => {
  it('installs from its tarball without dev dependencies and builds the example ward', async () => {
    const scratch = await scratchFolder();
    const source = await makeTempDir('phuong-print-pack-src-', scratch);
    await cleanCopy(source, true);
    // dist/ as prepack leaves it: tsc's output and the bundle, from the global setup's build.
    await cp(join(ROOT, 'dist'), join(source, 'dist'), { recursive: true });
    const packs = await makeTempDir('phuong-print-pack-out-', scratch);
    const packed = await run(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', packs],
      source,
    );
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as {
      filename: string;
      files: { path: string }[];
    }[];
    packedFrom = source;
    const paths = info?.files.map((f) => f.path) ?? [];
    // The bundle (scripts/bundle.mjs) and nothing else of dist/: tsc's output never runs here.
    expect(paths).toContain('dist/bundle/main.js');
    expect(paths).toContain('dist/bundle/worker.js');
    expect(paths).toContain('dist/bundle/worker-entry.cjs');
    expect(paths).toContain('dist/bundle/image-process-child.cjs');
    expect(paths).toContain('dist/bundle/groups-thread.js');
    expect(paths.filter((p) => p.startsWith('dist/') && !p.startsWith('dist/bundle/'))).toEqual([]);
    expect(paths).toContain('templates/notice.hbs');
    // Every font of the repository's fonts/ folder, and nothing else there.
    const fonts = (await readdir(join(ROOT, 'fonts'))).filter((f) => f.endsWith('.ttf')).sort();
    expect(paths.filter((p) => p.startsWith('fonts/') && p.endsWith('.ttf')).sort()).toEqual(
      fonts.map((f) => `fonts/${f}`),
    );
    expect(paths.filter((p) => /^(src|test|bench)\/|\.map$|tsbuildinfo/.test(p))).toEqual([]);

    const project = await makeTempDir('phuong-print-pack-install-', scratch);
    await writeFile(join(project, 'package.json'), '{ "name": "ward-office", "private": true }\n');
    await run(
      'npm',
      // --prefer-offline: what npm ci put in its cache is taken without asking the registry again.
      [
        'install',
        '--omit=dev',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        join(packs, info?.filename ?? ''),
      ],
      project,
      240_000,
      await localPrebuilds(),
    );
    // What the bundle holds is not installed again: exceljs alone was ~170 packages.
    await expect(readdir(join(project, 'node_modules', 'exceljs'))).rejects.toThrow();
    const bin = join(project, 'node_modules', '.bin', 'phuong-print');
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    expect((await run(bin, ['--version'], project)).stdout.trim()).toBe(pkg.version);
    installed = project;

    // The example as it comes in the package, copied where a user would keep their ward's files.
    await cp(
      join(project, 'node_modules', 'phuong-print', 'examples', 'hai-phong'),
      join(project, 'ward'),
      {
        recursive: true,
      },
    );
    // With a logo: the posters print it, read by the package's own picture process
    // (src/load/image-process.ts), which finds sharp where the package was installed.
    await sharp({ create: { ...LOGO, channels: 3, background: '#b00' } })
      .png()
      .toFile(join(project, 'ward', 'logo.png'));
    const campaignYaml = join(project, 'ward', 'campaign.yaml');
    await writeFile(
      campaignYaml,
      `${await readFile(campaignYaml, 'utf8')}\nassets:\n  logo: logo.png\n`,
    );
    const child = join(
      project,
      'node_modules',
      'phuong-print',
      'dist',
      'bundle',
      'image-process-child.cjs',
    );
    // Started alone (no process to answer), it loads sharp and ends: 0 when sharp loads.
    await run(process.execPath, [child], project);
    const groupsCsv = await readFile(join(project, 'ward', 'groups.csv'), 'utf8');
    const row5 = groupsCsv.split(/\r?\n/).find((line) => line.startsWith('5;'));
    const name5 = row5?.split(';')[1] ?? '';
    expect(name5).not.toBe('');
    // Two groups on two threads: the worker threads run the package's bundle too. From the
    // ward's XLSX file (the same groups as its CSV): exceljs is inside the bundle, not installed.
    const built = await run(
      bin,
      [
        'build',
        '--campaign',
        'ward/campaign.yaml',
        '--groups',
        'ward/groups.xlsx',
        '--out',
        'out',
        '--kind',
        'notice,poster',
        '--size',
        'a4',
        '--group',
        '5,6',
        '--jobs',
        '2',
        '--json',
      ],
      project,
    );
    const summary = JSON.parse(built.stdout.trim().split('\n').pop() ?? '{}');
    // Two notices and two posters.
    expect(summary).toMatchObject({ built: 4, failed: [], threads: 2 });
    const manifest = JSON.parse(await readFile(join(project, 'out', 'manifest.json'), 'utf8'));
    const notice = manifest.files.find((f: { kind: string }) => f.kind === 'notice');
    const text = collapseSpaces(await pdfText(join(project, 'out', notice.path)));
    expect(text).toContain(name5);
    const poster = manifest.files.find((f: { kind: string }) => f.kind === 'poster');
    expect(await pdfImageList(join(project, 'out', poster.path))).toContainEqual(
      expect.objectContaining({ page: 1, type: 'image', width: LOGO.width, height: LOGO.height }),
    );
  }, 420_000);

  // The cases below side by side (it.concurrent), after the install above: each works in
  // folders of its own (a copy for prepack, the install for the container, the packed copy for
  // the clone), and each mostly waits for its child processes.
  it.concurrent("prepack empties dist/ and then runs `npm run build`, the global setup's build: the package cannot ship stale code", async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    // The build the global setup runs, step by step (test/support/global-setup.ts).
    expect(pkg.scripts.build).toBe('tsc -p tsconfig.build.json && node scripts/bundle.mjs');
    const steps = String(pkg.scripts.prepack).split(' && ');
    expect(steps.at(-1)).toBe('npm run build');
    // The steps before the build, run on a dist/ left by an older build: nothing of it remains.
    const copy = await makeTempDir('phuong-print-prepack-');
    await mkdir(join(copy, 'dist', 'bundle'), { recursive: true });
    await writeFile(join(copy, 'dist', 'bundle', 'main.js'), '// an older build\n');
    await writeFile(join(copy, 'dist', '.tsbuildinfo'), '{}\n');
    for (const step of steps.slice(0, -1)) await run('sh', ['-c', step], copy);
    expect(await readdir(copy)).toEqual([]);
  });

  it.concurrent("runs the container's entry point: the Dockerfile's CMD starts the studio, answering its health check and sign-in page", async () => {
    // Docker may be missing, or its daemon not running (CI builds the image when it can):
    // the image installs this same tarball, so its command line runs here as it would there.
    expect(installed, 'the tarball is installed by the test above').toBeDefined();
    const project = installed ?? '';
    const spec = await readDockerfile(join(ROOT, 'Dockerfile'));
    const [port] = spec.expose;
    const [volume] = spec.volumes;
    const option = (name: string) => spec.cmd[spec.cmd.indexOf(name) + 1];
    expect(spec.cmd.slice(0, 2)).toEqual(['node_modules/.bin/phuong-print', 'studio']);
    expect(option('--data')).toBe(volume);
    expect(option('--host')).toBe('0.0.0.0');
    expect(option('--port')).toBe(port);
    expect(spec.healthcheck.join(' ')).toContain(`http://127.0.0.1:${port}/healthz`);
    // compose.yaml publishes that port, keeps the volume on a named volume and passes the
    // admin's password.
    const compose = parse(await readFile(join(ROOT, 'compose.yaml'), 'utf8'));
    const service = Object.values(compose.services)[0] as {
      ports: string[];
      volumes: string[];
      environment: Record<string, string>;
    };
    expect(service.ports.map((p) => p.split(':').at(-1))).toContain(port);
    expect(service.volumes.map((v) => v.split(':')[1])).toContain(volume);
    expect(Object.keys(service.environment)).toContain('PHUONG_PRINT_ADMIN_PASSWORD');

    // The same command, from the image's WORKDIR (here the install folder), with the volume
    // as a temporary folder and any free port in place of the published one.
    const argsOn = (folder: string) =>
      spec.cmd.slice(1).map((a, i, all) => {
        if (all[i - 1] === '--port') return '0';
        return volume && a.startsWith(volume) ? folder + a.slice(volume.length) : a;
      });
    const data = await makeTempDir('phuong-print-container-data-');
    const args = argsOn(data);
    const bin = join(project, spec.cmd[0] ?? '');
    // A fresh container: no password and no database but what the test gives.
    const env = Object.fromEntries(
      Object.entries({ ...cleanEnv(), ...spec.env }).filter(
        ([k]) => !/^PHUONG_PRINT_(ADMIN_PASSWORD|DATABASE_URL|STORE_URL)$/.test(k),
      ),
    );

    // A first start without the admin's password: one Vietnamese line in the container's log.
    // A container of its own (its own empty volume), started beside the one given the password
    // below: the two starts' waits overlap, and neither sees the other's store.
    const refusedRun = execTool(bin, argsOn(await makeTempDir('phuong-print-container-data-')), {
      cwd: project,
      env,
      timeoutMs: 60_000,
    });

    const password = 'mật khẩu của văn phòng';
    const server = spawn(bin, args, {
      cwd: project,
      env: { ...env, PHUONG_PRINT_ADMIN_PASSWORD: password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      server.stdout.on('data', (d) => {
        output += String(d);
      });
      server.stderr.on('data', (d) => {
        output += String(d);
      });
      const address = await new Promise<string>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`no "studio on" line:\n${output}`)), 60_000);
        server.stdout.on('data', () => {
          const m = /(?:studio on|studio đang chạy tại) (http:\/\/\S+)/.exec(output);
          if (m?.[1]) {
            clearTimeout(timer);
            ok(m[1]);
          }
        });
        server.on('exit', () => fail(new Error(`the studio stopped:\n${output}`)));
      });
      const base = `http://127.0.0.1:${new URL(address).port}`;
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.text()).toBe('ok\n');
      // The studio, not the download server: its sign-in page, and "admin" signs in with the
      // password given.
      const home = await fetch(`${base}/`, { redirect: 'manual' });
      expect(home.headers.get('location')).toBe('/sign-in');
      const signIn = await fetch(`${base}/sign-in`);
      expect(signIn.status).toBe(200);
      const form = await signIn.text();
      expect(form).toContain('<h1>Đăng nhập</h1>');
      const token = /name="_csrf" value="([^"]+)"/.exec(form)?.[1] ?? '';
      const cookie = (signIn.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
      const signedIn = await fetch(`${base}/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: token, name: 'admin', password }).toString(),
      });
      expect(signedIn.status).toBe(303);
      expect(signedIn.headers.get('location')).toBe('/');
      // The store is on the volume.
      expect((await readdir(data)).sort()).toContain('phuong-print.sqlite');
      // The HEALTHCHECK's own command, pointed at this port.
      const probe = spec.healthcheck.map((a) => a.replace(`:${port}/`, `:${new URL(base).port}/`));
      const check = await execTool(probe[0] ?? '', probe.slice(1), { cwd: project });
      expect(check.code).toBe(0);
    } finally {
      server.kill('SIGTERM');
    }
    const refused = await refusedRun;
    expect(refused.code).toBe(1);
    const lines = refused.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('chưa có người dùng nào');
    expect(lines[0]).toContain('PHUONG_PRINT_ADMIN_PASSWORD');
  }, 120_000);

  it.concurrent('a clone installed without dev dependencies: prepare says dist/ was not built, and succeeds', async () => {
    // The clean copy packed above, as a clone is before its install (no node_modules, no
    // dist/), or a copy of its own when that case did not run.
    let source = packedFrom;
    if (source) {
      await rm(join(source, 'node_modules'));
      await rm(join(source, 'dist'), { recursive: true });
    } else {
      source = await makeTempDir('phuong-print-pack-src-');
      await cleanCopy(source, false);
    }
    // What `npm ci --omit=dev` runs after installing (it used to fail with "tsc: not found"):
    // the package's prepare script, run by the shell as npm runs it (npm's own start-up, ~1 s
    // of CPU, is not what is tested).
    const pkg = JSON.parse(await readFile(join(source, 'package.json'), 'utf8'));
    const r = await run('sh', ['-c', pkg.scripts.prepare], source, 60_000);
    expect(r.stderr).toContain('TypeScript is not installed');
    const bin = await execTool(process.execPath, ['bin/phuong-print.js', '--version'], {
      cwd: source,
    });
    expect(bin.code).toBe(1);
    expect(bin.stderr).toMatch(/^error: phuong-print is not built: dist\/ is missing\nhint: /);
  });
});
