/**
 * Run the project's CLI (bin/phuong-print.js) in a child Node process, without a shell,
 * and collect its exit code and output.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from './tmp.js';

/** Absolute path of bin/phuong-print.js. */
export const CLI_PATH = fileURLToPath(new URL('../../bin/phuong-print.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Extra environment variables (merged over process.env). */
  env?: Record<string, string>;
  /** Timeout in ms (default 120 s). */
  timeoutMs?: number;
}

const ENGLISH = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', PHUONG_PRINT_LANG: '' };

/** `node bin/phuong-print.js ...args`; resolves for any exit code, rejects on spawn failure/timeout. */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [CLI_PATH, ...args],
      {
        cwd: opts.cwd,
        // English unless a test asks for another language: the tester's own locale must not
        // change what the English tests read.
        env: { ...process.env, ...ENGLISH, ...opts.env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: opts.timeoutMs ?? 120_000,
        shell: false,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          const reason = error.killed ? `timed out (${error.signal ?? 'killed'})` : error.message;
          reject(new Error(`phuong-print ${args.join(' ')}: ${reason}\n${stderr}`));
          return;
        }
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
    // No interactive input: close stdin so a CLI that reads it sees EOF instead of hanging.
    child.stdin?.end();
  });
}

/** `build --campaign … --groups … --out …` and any further arguments, as the tests run it. */
export function buildArgs(
  campaign: string,
  groups: string,
  out: string,
  ...more: string[]
): string[] {
  return ['build', '--campaign', campaign, '--groups', groups, '--out', out, ...more];
}

const EXAMPLE = fileURLToPath(new URL('../../examples/hai-phong/campaign.yaml', import.meta.url));

/**
 * `check --lang vi` of the example campaign (or `campaign`) with a groups file `name` holding
 * `bytes`, written to a folder of its own: what an office sees of a groups file it tries.
 */
export async function checkGroupsFile(
  name: string,
  bytes: string | Uint8Array,
  campaign = EXAMPLE,
): Promise<CliResult & { file: string }> {
  const file = join(await makeTempDir('phuong-print-groups-file-'), name);
  await writeFile(file, bytes);
  const r = await runCli(['check', '--lang', 'vi', '--campaign', campaign, '--groups', file]);
  return { ...r, file };
}
