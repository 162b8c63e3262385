/**
 * Promise wrapper around child_process.execFile (no shell) for the external tools
 * used by the test support code (pdftotext, pdfinfo, pdftoppm, zbarimg), started by the spawner's
 * small helper process (spawner.ts).
 */
import { readFile } from 'node:fs/promises';
import { spawned } from './spawner.js';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run `cmd args` without a shell. Resolves with the exit code and UTF-8 output even when
 * the exit code is non-zero; rejects only when the program could not be started or timed out.
 */
export function execTool(
  cmd: string,
  args: readonly string[],
  opts: { timeoutMs?: number; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ExecResult> {
  return spawned(cmd, args, 'utf8', opts).then(({ error, stdout, stderr }) => {
    if (error && typeof error.code !== 'number') {
      const reason = error.killed ? `timed out (${error.signal ?? 'killed'})` : error.message;
      throw new Error(`${cmd} ${args.join(' ')}: ${reason}\n${stderr}`);
    }
    return { code: error ? (error.code as number) : 0, stdout, stderr };
  });
}

/** Like `execTool`, but rejects when the exit code is not 0. */
export async function execToolOk(
  cmd: string,
  args: readonly string[],
  opts: { timeoutMs?: number } = {},
): Promise<string> {
  const r = await execTool(cmd, args, opts);
  if (r.code !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.code}\n${r.stderr}`);
  }
  return r.stdout;
}

/** A PDF's objects as qpdf writes them out uncompressed (QDF, beside the file), as text. */
export async function qdfOf(file: string): Promise<string> {
  const qdf = `${file}.qdf`;
  await execToolOk('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
  return readFile(qdf, 'latin1');
}

/** What a viewer's print dialog is told about sides: "Simplex" or "DuplexFlipLongEdge". */
export const sidesOf = async (file: string) => /\/Duplex \/(\w+)/.exec(await qdfOf(file))?.[1];

/**
 * The environment for a tool that writes file names, `unzip` above all: Debian's unzip 6.0 writes
 * a non-ASCII name as "T#U1ed5 d#U00e2n" under a C/POSIX locale (a CI image or cron job with no
 * LANG), though the ZIP is right (review46 #5).
 */
export const UTF8_ENV: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8' };
