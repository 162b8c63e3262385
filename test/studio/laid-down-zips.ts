/**
 * A build's ZIPs laid down as a build leaves them (out/manifest.json and out/zip/*.zip, each
 * holding one small PDF-named file), with the campaign's groups file of those groups: a case of
 * "In và tải về"'s ZIP list needs no drawing.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';

/** Writes groups.csv and the build's ZIPs into campaign `folder`; each ZIP's bytes by group id. */
export async function layDownZips(
  folder: string,
  groups: readonly { id: string; name: string }[],
): Promise<Map<string, Uint8Array>> {
  await writeFile(
    join(folder, 'groups.csv'),
    `STT,Tên tổ dân phố\n${groups.map((g) => `${g.id},${g.name}`).join('\n')}\n`,
  );
  const out = join(folder, 'out');
  await mkdir(join(out, 'zip'), { recursive: true });
  const zips = new Map<string, Uint8Array>();
  const bundles = [];
  for (const [i, g] of groups.entries()) {
    const bytes = zipSync({
      [`${g.name} - Thông báo.pdf`]: new TextEncoder().encode(`tổ ${g.id}`),
    });
    zips.set(g.id, bytes);
    const path = `zip/to-${i + 1}.zip`;
    await writeFile(join(out, path), bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    bundles.push({ kind: 'zip', group: g.id, path, bytes: bytes.length, sha256, key: sha256 });
  }
  await writeFile(
    join(out, 'manifest.json'),
    JSON.stringify({
      tool: 'phuong-print',
      builtAt: Date.now(),
      inputs: '',
      files: [],
      print: [],
      zips: bundles,
    }),
  );
  return zips;
}
