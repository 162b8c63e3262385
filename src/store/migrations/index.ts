/**
 * Every migration, by name. Kysely applies them in name order and records each once, so a name
 * never changes once released. Names start with a number that orders them; features that land
 * side by side take numbers from their own hundred (store 0000, studio 0100…, results 0200…,
 * studio settings 0300…, the download log 0400…) so that their migrations never collide. A store applies those it lacks
 * whatever their names' order (open-store.ts `allowUnorderedMigrations`: 0280-result-bases was
 * released after 0300-studio-settings), so a migration must not depend on another hundred's.
 */
import type { Migration } from 'kysely';
import * as storeMeta from './0000-store-meta.js';
import * as studioUsers from './0100-studio-users.js';
import * as results from './0200-results.js';
import * as resultGroupNames from './0210-result-group-names.js';
import * as resultsSubmitter from './0250-results-submitter.js';
import * as resultsWithdrawn from './0260-results-withdrawn.js';
import * as resultsDecimal from './0270-results-decimal.js';
import * as resultBases from './0280-result-bases.js';
import * as resultBaseOf from './0290-result-base-of.js';
import * as studioSettings from './0300-studio-settings.js';
import * as fileDownloads from './0400-file-downloads.js';

export const MIGRATIONS: Record<string, Migration> = {
  '0000-store-meta': storeMeta,
  '0100-studio-users': studioUsers,
  '0200-results': results,
  '0210-result-group-names': resultGroupNames,
  '0250-results-submitter': resultsSubmitter,
  '0260-results-withdrawn': resultsWithdrawn,
  '0270-results-decimal': resultsDecimal,
  '0280-result-bases': resultBases,
  '0290-result-base-of': resultBaseOf,
  '0300-studio-settings': studioSettings,
  '0400-file-downloads': fileDownloads,
};
