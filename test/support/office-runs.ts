/**
 * Test support: the commands an office runs, in Vietnamese: `check` of a campaign and its groups
 * file, and `report --results` of a results file into `out`, on a fixed day.
 */
import { runCliInProcess } from './cli.js';

export function reportRun(
  files: { campaign: string; groups: string; results: string },
  out: string,
  date = '2027-03-25',
) {
  return runCliInProcess(
    [
      'report',
      ...['--campaign', files.campaign, '--groups', files.groups, '--results', files.results],
      ...['--out', out, '--date', date],
    ],
    { env: { PHUONG_PRINT_LANG: 'vi' } },
  );
}

export function checkRun(campaign: string, groups: string) {
  return runCliInProcess(['check', '--campaign', campaign, '--groups', groups], {
    env: { PHUONG_PRINT_LANG: 'vi' },
  });
}
