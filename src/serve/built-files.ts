/**
 * Serve stage: a Renderer over files a build has just written. In: the build's output folder and
 * its list of written files. Out: those files' bytes instead of a second rendering; any other
 * document is passed to the fallback renderer. Used by `build --site`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedFile, Renderer } from './renderer.js';
import { CONTENT_TYPES } from './renderer.js';

export interface WrittenFile {
  group: string;
  kind: string;
  variant?: string;
  /** Relative to the output folder. */
  path: string;
  pages: number;
}

export function builtFilesRenderer(
  out: string,
  written: readonly WrittenFile[],
  fallback: Renderer,
): Renderer {
  const byKey = new Map(
    written.map((f) => [`${f.group}\u0000${f.path.split('/').pop() ?? ''}`, f] as const),
  );
  return {
    async render(groupId, outputName): Promise<RenderedFile> {
      const f = byKey.get(`${groupId}\u0000${outputName}`);
      if (!f) return fallback.render(groupId, outputName);
      const ext = outputName.split('.').pop() ?? '';
      return {
        bytes: new Uint8Array(await readFile(join(out, f.path))),
        contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
        fileName: outputName,
        pages: f.pages,
      };
    },
    renderPage: (groupId, outputName, page, width) =>
      fallback.renderPage(groupId, outputName, page, width),
    renderText: (groupId, outputName) => fallback.renderText(groupId, outputName),
    renderQrSheet: (task) => fallback.renderQrSheet(task),
    renderReport: (latest, options, file) => fallback.renderReport(latest, options, file),
    close: () => fallback.close(),
  };
}
