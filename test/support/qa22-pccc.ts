/**
 * The xã An Thắng's fire-safety campaign (qa22, test/fixtures/qa22-pccc): its campaign.yaml, its
 * thôn list (thon.csv: ids 1–4, names with no number) and the household list a clerk started
 * (ds-ho-an-thang.xlsx); the thôn list read as the office typed it, and the CLI run on the
 * campaign in Vietnamese, in this process.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CliResult, runCliInProcess } from './cli.js';

export const PCCC_DIR = join(import.meta.dirname, '..', 'fixtures', 'qa22-pccc');
export const PCCC_CAMPAIGN = join(PCCC_DIR, 'campaign.yaml');
export const PCCC_GROUPS = join(PCCC_DIR, 'thon.csv');
export const PCCC_ROSTERS = join(PCCC_DIR, 'ds-ho-an-thang.xlsx');

/** The thôn list's name of each id, as the office typed it (Mã;Tên thôn;…). */
export async function pcccThonNames(): Promise<Map<string, string>> {
  const rows = (await readFile(PCCC_GROUPS, 'utf8')).trim().split('\n').slice(1);
  return new Map(rows.map((r) => r.split(';')).map(([id, name]) => [id ?? '', name ?? '']));
}

/** `phuong-print <command> --lang vi` on the campaign and its thôn list, then `args`. */
export function runPccc(command: 'build' | 'report', args: readonly string[]): Promise<CliResult> {
  return runCliInProcess([
    ...[command, '--lang', 'vi', '--campaign', PCCC_CAMPAIGN, '--groups', PCCC_GROUPS],
    ...args,
  ]);
}
