/**
 * The spawner (spawner.ts) runs programs as execFile would from the test fork: the exit code,
 * stdout and stderr, bytes kept as bytes, the environment and working folder of the moment of
 * the call, a program that does not exist or outruns its timeout reported as such. And pdfjs
 * (pdfjs.ts) reads a PDF without leaving its polyfills in place of Node's built-ins.
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { execTool } from './exec.js';
import { pdfTextItems } from './pdf-items.js';
import { restoredBuiltIns } from './pdfjs.js';
import { spawned } from './spawner.js';

describe('the spawner', () => {
  it('gives the exit code and both streams', async () => {
    const r = await execTool('sh', ['-c', 'printf "Bản gửi\\n"; printf "lỗi" >&2; exit 3']);
    expect(r).toEqual({ code: 3, stdout: 'Bản gửi\n', stderr: 'lỗi' });
  });

  it('keeps bytes as bytes', async () => {
    const r = await spawned('printf', ['\\377\\000\\001'], 'buffer');
    expect(r.error).toBeNull();
    expect(Buffer.isBuffer(r.stdout)).toBe(true);
    expect([...r.stdout]).toEqual([255, 0, 1]);
  });

  it('runs in the environment and folder of the call', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'phuong-print-spawner-'));
    const before = process.env.PHUONG_PRINT_SPAWNER_TEST;
    process.env.PHUONG_PRINT_SPAWNER_TEST = 'một';
    try {
      const inherited = await execTool('sh', ['-c', 'echo "$PHUONG_PRINT_SPAWNER_TEST"']);
      expect(inherited.stdout).toBe('một\n');
      const given = await execTool('sh', ['-c', 'echo "$X"; pwd'], { env: { X: 'hai' }, cwd: dir });
      expect(given.stdout).toBe(`hai\n${await realpath(dir)}\n`);
    } finally {
      if (before === undefined) delete process.env.PHUONG_PRINT_SPAWNER_TEST;
      else process.env.PHUONG_PRINT_SPAWNER_TEST = before;
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('closes stdin: a program that reads it sees its end', async () => {
    const r = await execTool('cat', []);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('rejects for a program that is not there, and one that outruns its timeout', async () => {
    await expect(execTool('phuong-print-no-such-program', [])).rejects.toThrow(/ENOENT/);
    await expect(execTool('sleep', ['5'], { timeoutMs: 200 })).rejects.toThrow(/timed out/);
  });

  it('runs programs side by side: one waits for a file the next one makes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'phuong-print-spawner-'));
    try {
      const flag = join(dir, 'flag');
      // Run one after the other, the first would wait until its timeout and be rejected.
      const waiting = execTool(
        'sh',
        ['-c', `while [ ! -e "${flag}" ]; do sleep 0.05; done; echo a`],
        {
          timeoutMs: 60_000,
        },
      );
      const making = execTool('sh', ['-c', `touch "${flag}"; echo b`]);
      expect((await Promise.all([waiting, making])).map((r) => r.stdout)).toEqual(['a\n', 'b\n']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('pdfjs in the test fork', () => {
  it("reads a PDF and leaves Node's own push, JSON and toString in place", async () => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    doc.text('Smart Hai Phong', 72, 72);
    doc.end();
    await ended;
    const [page] = await pdfTextItems(Buffer.concat(chunks));
    expect(page?.items.map((i) => i.str).join('')).toBe('Smart Hai Phong');
    const native = (f: unknown) => Function.prototype.toString.call(f).includes('[native code]');
    expect(native(Array.prototype.push)).toBe(true);
    expect(native(JSON.stringify)).toBe(true);
    expect(native(JSON.parse)).toBe(true);
    expect(native(Function.prototype.toString)).toBe(true);
    // The bundles did replace them (else this case proves nothing about the restore).
    expect(restoredBuiltIns).toEqual(expect.arrayContaining(['push', 'stringify']));
  });
});
