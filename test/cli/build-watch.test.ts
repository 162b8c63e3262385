/**
 * `build --watch` as a user runs it: a real child process on a copy of the second example. An
 * editor's save (a new file renamed over the old) of the campaign's subject rebuilds the notice,
 * whose pdftotext then shows the new subject; a broken save prints the error and the watch goes
 * on; Ctrl-C (SIGINT) ends it with exit code 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, CLI_PATH } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const EXAMPLE = new URL('../../examples/tan-dinh/', import.meta.url);
let child: ChildProcess | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  await removeTempDirs();
});

/** Output of the child so far, and a way to wait for a pattern to appear in it. */
function capture(stream: NodeJS.ReadableStream) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (d: string) => {
    text += d;
  });
  return {
    get text() {
      return text;
    },
    /** Resolves when `pattern` matches the output after `from` characters. */
    async waitFor(pattern: RegExp, from = 0, timeoutMs = 90_000): Promise<string> {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const m = pattern.exec(text.slice(from));
        if (m) return m[0];
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out waiting for ${pattern} in:\n${text}`);
    },
  };
}

/** Saves as editors do: a new file, renamed over the old one. */
async function editorSave(path: string, text: string): Promise<void> {
  await writeFile(`${path}.swp`, text);
  await rename(`${path}.swp`, path);
}

describe('build --watch', () => {
  it('rebuilds the notice on each save, survives a broken save, and stops on Ctrl-C', async () => {
    const dir = await makeTempDir('phuong-print-watch-');
    await cp(EXAMPLE, join(dir, 'ward'), { recursive: true });
    const campaignFile = join(dir, 'ward', 'campaign.yaml');
    const original = await readFile(campaignFile, 'utf8');
    const subject = /^ {2}subject: (.+)$/m.exec(original)?.[1] ?? '';
    expect(subject).not.toBe('');

    child = spawn(
      process.execPath,
      [
        CLI_PATH,
        ...buildArgs('ward/campaign.yaml', 'ward/groups.csv', 'out', '--kind', 'notice'),
        '--group',
        '1',
        '--watch',
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const out = capture(child.stdout as NodeJS.ReadableStream);
    const err = capture(child.stderr as NodeJS.ReadableStream);
    const exited = new Promise<number | null>((ok) => child?.on('exit', (code) => ok(code)));
    await out.waitFor(/^watching .*campaign\.yaml.* for changes/m);

    const noticeText = async () => {
      const manifest = await readManifest(join(dir, 'out'));
      const notice = manifest.files.find((f) => f.kind === 'notice');
      return collapseSpaces(await pdfText(join(dir, 'out', notice?.path ?? '')));
    };
    expect(await noticeText()).toContain(collapseSpaces(`V/v ${subject}`));

    const edited = `khẩn trương ${subject}`;
    let mark = out.text.length;
    await editorSave(campaignFile, original.replace(subject, edited));
    const line = await out.waitFor(
      /^rebuilt after a change to .*campaign\.yaml in [\d.]+ s: 1 built.*$/m,
      mark,
    );
    expect(line).toMatch(/0 failed$/);
    expect(await noticeText()).toContain(collapseSpaces(`V/v ${edited}`));

    // A broken save: the error, on its line, and the watch goes on.
    const errMark = err.text.length;
    await editorSave(campaignFile, original.replace(`subject: ${subject}`, 'subject: [oops'));
    await err.waitFor(
      /^error: .*campaign\.yaml, line \d+: .*\n(hint: .*\n)?watching for the next change/m,
      errMark,
    );
    expect(err.text).not.toMatch(/\n\s+at /);

    const fixed = `gấp ${subject}`;
    mark = out.text.length;
    await editorSave(campaignFile, original.replace(subject, fixed));
    await out.waitFor(/^rebuilt after a change to .*campaign\.yaml/m, mark);
    expect(await noticeText()).toContain(collapseSpaces(`V/v ${fixed}`));

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out.text).toMatch(/stopped watching\n$/);
  }, 180_000);
});
