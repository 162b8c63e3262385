/**
 * Child process of snapshot-read.test.ts: takes the built server's snapshot of a campaign while
 * counting the reads of campaign.yaml, and saves a new version of it right after the first read
 * (the worst time for the office's editor to save). Node's own fs is wrapped, not a test mock:
 * the code under test is dist/, as `serve` runs it.
 * Args: campaign.yaml, groups file, the new text of campaign.yaml. Prints one JSON line.
 */
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const [campaign, groups, newText] = process.argv.slice(2);
const read = fsp.readFile;
let reads = 0;
let saved = false;
fsp.readFile = async (...args) => {
  const result = await read(...args);
  if (String(args[0]) === campaign) {
    reads++;
    if (!saved) {
      saved = true;
      await fsp.writeFile(campaign, newText);
    }
  }
  return result;
};
syncBuiltinESMExports();

const { snapshotInputs } = await import('../../dist/serve/snapshot.js');
const { loadWard } = await import('../../dist/serve/ward.js');
const snapshot = await snapshotInputs({ campaign, groups });
try {
  const copied = await read(snapshot.options.campaign, 'utf8');
  const ward = await loadWard(snapshot.options);
  const logo = ward.campaign.assets?.logo;
  const logoBytes = logo ? (await read(logo)).toString('base64') : undefined;
  const inCopy = logo?.startsWith(`${snapshot.options.campaign.replace(/[^/]*$/, '')}`) ?? false;
  process.stdout.write(`${JSON.stringify({ reads, saved, copied, logoBytes, inCopy })}\n`);
} finally {
  await snapshot.remove();
}
