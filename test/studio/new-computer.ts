/**
 * The studio moved to a new computer: a backup ZIP (Cài đặt's "Tải bản sao lưu") restored by the
 * real CLI into a fresh data folder, and a studio started on it with the office signed in.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { runCli } from '../support/cli.js';
import { makeTempDir } from '../support/tmp.js';
import { Client, restartStudio, type TestStudio } from './studio.js';

/** `bytes` (a backup ZIP) saved on the new computer and restored there by `phuong-print restore`. */
export async function restoreOnNewComputer(bytes: Uint8Array) {
  const newPc = await makeTempDir();
  const file = join(newPc, 'sao-luu.zip');
  await writeFile(file, bytes);
  const data = join(newPc, 'du-lieu');
  const restored = await runCli(['restore', '--from', file, '--data', data], {
    env: { LANG: 'vi_VN.UTF-8' },
  });
  return { file, data, restored };
}

/** A studio started on `dataDir` (the new computer), and the office signed in there. */
export async function startOn(s: TestStudio, dataDir: string) {
  const store = await openStore({ dataDir });
  const { app, url } = await restartStudio({ ...s, dataDir, store });
  const office = new Client(url);
  // The old computer's accounts came along: the same password signs in.
  await office.signIn();
  return {
    url,
    office,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
