/**
 * `build --watch` as a user runs it: a real child process on a copy of the second example. An
 * editor's save (a new file renamed over the old) of the campaign's subject rebuilds the notice,
 * whose pdftotext then shows the new subject; a broken save prints the error and the watch goes
 * on; each save of the campaign's own notice template is printed; Ctrl-C (SIGINT) ends it with exit code 0. The logo is an input too: a new logo image
 * rebuilds the poster (its bytes change, the notice's do not), and a logo file that an edit of
 * campaign.yaml names is watched from then on.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFile, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArgs, CLI_PATH } from '../support/cli.js';
import { readManifest } from '../support/manifest.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const EXAMPLE = new URL('../../examples/tan-dinh/', import.meta.url);
/** The example with a poster (its contest has QR codes), which prints the logo. */
const POSTER_EXAMPLE = new URL('../../examples/hai-phong/', import.meta.url);
/** Every watch started, killed at the end if a failed case left it running. */
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
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
async function editorSave(path: string, text: string | Uint8Array): Promise<void> {
  await writeFile(`${path}.swp`, text);
  await rename(`${path}.swp`, path);
}

/** A 64×64 PNG of one colour: each colour is different bytes for the poster to print. */
const square = (r: number, g: number, b: number) =>
  sharp({ create: { width: 160, height: 160, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();

/** `build --watch` started in `dir` on ward/, with its output captured. */
function startWatch(dir: string, kinds: string, more: string[] = []) {
  const started = spawn(
    process.execPath,
    [
      CLI_PATH,
      ...buildArgs('ward/campaign.yaml', 'ward/groups.csv', 'out', '--kind', kinds),
      '--group',
      '1',
      ...more,
      '--watch',
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(started);
  return {
    child: started,
    out: capture(started.stdout as NodeJS.ReadableStream),
    err: capture(started.stderr as NodeJS.ReadableStream),
    exited: new Promise<number | null>((ok) => started.on('exit', (code) => ok(code))),
  };
}

/**
 * The two cases side by side (describe.concurrent): each watches its own copy of an example in
 * its own process, and most of a case is waiting for that process to notice a save and rebuild,
 * so the two waits overlap instead of adding up in the file's time.
 */
describe.concurrent('build --watch', () => {
  it('rebuilds the notice on each save, survives a broken save, and stops on Ctrl-C', async () => {
    const dir = await makeTempDir('phuong-print-watch-');
    await cp(EXAMPLE, join(dir, 'ward'), { recursive: true });
    const campaignFile = join(dir, 'ward', 'campaign.yaml');
    const original = await readFile(campaignFile, 'utf8');
    const subject = /^ {2}subject: (.+)$/m.exec(original)?.[1] ?? '';
    expect(subject).not.toBe('');

    const { child, out, err, exited } = startWatch(dir, 'notice');
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

    // The office deletes the group's folder to redo it: the next save makes it again (qa10
    // Q11: the process remembered the folder as made, and the write into it crashed the watch).
    const made = (await readManifest(join(dir, 'out'))).files.find((f) => f.kind === 'notice');
    await rm(dirname(join(dir, 'out', made?.path ?? 'none')), { recursive: true });

    const fixed = `gấp ${subject}`;
    mark = out.text.length;
    await editorSave(campaignFile, original.replace(subject, fixed));
    await out.waitFor(/^rebuilt after a change to .*campaign\.yaml/m, mark);
    expect(await noticeText()).toContain(collapseSpaces(`V/v ${fixed}`));

    // A notice template of the campaign's own, made while watching and then saved again: each save
    // is printed (the second one was not: the process kept the text it had read first).
    const tool = await readFile(new URL('../../templates/notice.hbs', import.meta.url), 'utf8');
    expect(tool).toContain('Kính gửi:{{/if}}');
    await mkdir(join(dir, 'ward', 'templates'), { recursive: true });
    for (const copy of ['bản A', 'bản B']) {
      mark = out.text.length;
      await editorSave(
        join(dir, 'ward', 'templates', 'notice.hbs'),
        tool.replace('Kính gửi:{{/if}}', `Kính gửi (${copy}):{{/if}}`),
      );
      await out.waitFor(/^rebuilt after a change to ward\/templates in [\d.]+ s: 1 built/m, mark);
      expect(await noticeText()).toContain(`Kính gửi (${copy}):`);
    }

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out.text).toMatch(/stopped watching\n$/);
  }, 180_000);

  it('rebuilds the poster when its logo changes, also a logo file named by an edit', async () => {
    const dir = await makeTempDir('phuong-print-watch-logo-');
    const ward = join(dir, 'ward');
    await cp(POSTER_EXAMPLE, ward, { recursive: true });
    const campaignFile = join(ward, 'campaign.yaml');
    await writeFile(join(ward, 'logo.png'), await square(200, 0, 0));
    await appendFile(campaignFile, '\nassets:\n  logo: logo.png\n');
    const withLogo = await readFile(campaignFile, 'utf8');

    const w = startWatch(dir, 'notice,poster', ['--size', 'a4']);
    await w.out.waitFor(/^watching .*logo\.png.* for changes/m);
    const hashes = async () => {
      const manifest = await readManifest(join(dir, 'out'));
      const of = (kind: string) => manifest.files.find((f) => f.kind === kind)?.sha256;
      return { notice: of('notice'), poster: of('poster') };
    };
    const first = await hashes();
    expect(first.notice).toBeDefined();
    expect(first.poster).toBeDefined();

    // A new logo image: the poster, which prints it, is new; the notice is the same bytes.
    let mark = w.out.text.length;
    await editorSave(join(ward, 'logo.png'), await square(0, 0, 200));
    await w.out.waitFor(/^rebuilt after a change to ward\/logo\.png in .* 0 failed$/m, mark);
    const second = await hashes();
    expect(second.notice).toBe(first.notice);
    expect(second.poster).not.toBe(first.poster);

    // campaign.yaml now names another file, in a folder of its own: it is watched from then on.
    await mkdir(join(ward, 'assets'));
    await writeFile(join(ward, 'assets', 'new.png'), await square(0, 150, 0));
    mark = w.out.text.length;
    await editorSave(campaignFile, withLogo.replace('logo: logo.png', 'logo: assets/new.png'));
    await w.out.waitFor(/^rebuilt after a change to ward\/campaign\.yaml in .* 0 failed$/m, mark);
    expect(w.out.text.slice(mark)).toMatch(/^now also watching ward\/assets\/new\.png$/m);
    expect(w.out.text.slice(mark)).toMatch(/^no longer watching ward\/logo\.png$/m);
    const third = await hashes();
    expect(third.notice).toBe(first.notice);
    expect(third.poster).not.toBe(second.poster);

    mark = w.out.text.length;
    await editorSave(join(ward, 'assets', 'new.png'), await square(250, 200, 0));
    await w.out.waitFor(/^rebuilt after a change to ward\/assets\/new\.png in .* 0 failed$/m, mark);
    const fourth = await hashes();
    expect(fourth.notice).toBe(first.notice);
    expect(fourth.poster).not.toBe(third.poster);

    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
    expect(w.err.text).toBe('');
  }, 240_000);
});
