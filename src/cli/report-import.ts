/**
 * CLI `report`, the store's side: a results file imported into the store (`--results` with
 * `--data`), said line by line — what was stored, what the same file already stored, what a
 * newer figure of a leader keeps out (qa9 Q3) — and the figures the store holds that the report
 * does not count, of groups no longer in the groups file or of measures the campaign no longer
 * has (qa9 Q9), said on stderr.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { Group } from '../load/types.js';
import { firstNamed } from '../messages/first-named.js';
import { type Message, msg } from '../messages/message.js';
import { type ImportRow, importFigures } from '../results/import-figures.js';
import type { LatestFigures, ResultsScope } from '../results/results-store.js';
import { readUnlisted } from '../results/unlisted.js';
import { formatCount, formatTime } from '../serve/results-form.js';
import type { StoreDb } from '../store/open-store.js';
import { printWarnings } from './build-report.js';

/** Groups named on one line; the rest are counted. */
const NAMED = 20;

/**
 * The file's figures into the store, as of each row's own time when the file has a time column,
 * else of the file's last change (never later than now): the same bytes saved at the same time
 * are the same import, stored once.
 */
export async function importResults(
  db: StoreDb,
  scope: ResultsScope,
  rows: readonly ImportRow[],
  file: string,
  confirmed: boolean,
  out: (line: Message) => void,
): Promise<void> {
  const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
  const at = new Date(Math.min(info.mtimeMs, Date.now()));
  const key = createHash('sha256')
    .update(bytes)
    .update(`\u0000${at.toISOString()}`)
    .digest('base64url')
    .slice(0, 22);
  const done = await importFigures(db, scope, rows, { key, at, confirmed });
  if (done.stored > 0) out(msg`imported the figures of ${done.stored} groups from ${file}`);
  if (done.already > 0) {
    out(
      msg`${done.already} groups of ${file} were imported from this same file before: not stored again`,
    );
  }
  if (done.unchanged > 0) {
    out(msg`${done.unchanged} groups of ${file} have the figures already stored: nothing new`);
  }
  if (done.blank > 0)
    out(msg`${done.blank} groups of ${file} have no figure in the file: nothing stored`);
  const label = (id: string) => scope.measures.find((m) => m.id === id)?.label ?? id;
  printWarnings({
    warnings: done.newer.map(
      (n) =>
        new UserError(
          'kept' in n
            ? msg`${n.group.name} already has a newer figure of "${label(n.measure)}" (${formatCount(n.kept.value)}, sent at ${formatTime(n.kept.at)}): the newer one is kept, the file's ${formatCount(n.value)} is not stored`
            : msg`the office withdrew the figures of ${n.group.name} at ${formatTime(n.withdrawn.at)}, after the file's figure of "${label(n.measure)}": the file's ${formatCount(n.value)} is not stored`,
          { file, row: n.row, field: label(n.measure) },
          !('kept' in n)
            ? n.rowTime
              ? msg`The row's time is ${formatTime(n.at)}, before the withdrawal. If the row's figure is the right one, write the time it was counted in the row and import the file again.`
              : msg`The file was last saved at ${formatTime(n.at)}, before the withdrawal. If the file's figure is the right one, save the file again and import it again.`
            : n.rowTime
              ? msg`The row's time is ${formatTime(n.at)}, before that figure. If the row's figure is the right one, write the time it was counted in the row and import the file again.`
              : msg`The file was last saved at ${formatTime(n.at)}, before that figure. If the file's figure is the right one, save the file again and import it again.`,
        ),
    ),
  });
}

/** The figures the report leaves out because the campaign no longer has their group or measure. */
export async function unlistedWarnings(
  db: StoreDb,
  scope: ResultsScope,
  latest: LatestFigures,
  groups: readonly Group[],
  args: { groups: string; campaign: string },
): Promise<UserError[]> {
  const u = await readUnlisted(db, scope.campaign, latest, groups, scope.measures);
  const warnings: UserError[] = [];
  if (u.groups.length > 0) {
    const names = firstNamed(
      u.groups.map((g) => {
        const id =
          g.listedAs === undefined
            ? msg`id ${g.id}`
            : msg`id ${g.id}, listed now as "${g.listedAs}"`;
        return g.name ? msg`${g.name} (${id})` : id;
      }),
      NAMED,
      'groups',
      '; ',
    );
    warnings.push(
      new UserError(
        msg`${u.groups.length} groups have figures but are no longer in the groups list: ${names}`,
        { file: args.groups },
        u.groups.some((g) => g.listedAs !== undefined)
          ? msg`Their figures are kept in the store but not counted in the report. An id that lost its leading zeros ("01" → "1") was most likely changed by Excel saving the list as CSV: type the ids as they were (as text), or give the original workbook.`
          : msg`Their figures are kept in the store but not counted in the report. If a group was left out by mistake, add it back to the groups file with its old id.`,
      ),
    );
  }
  if (u.measures.length > 0) {
    warnings.push(
      new UserError(
        msg`figures are stored for ${u.measures.length} measures the campaign no longer has: ${u.measures.map((m) => `${m.id} (${m.groups})`).join(', ')}`,
        { file: args.campaign, field: 'measures' },
        msg`They are kept but not counted in the report. If a measure was only renamed, keep its old id in measures so its figures count again.`,
      ),
    );
  }
  return warnings;
}
