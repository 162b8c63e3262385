/**
 * CLI: what the program says of itself — its commands and their one-line descriptions, its usage
 * line and example, yargs' headings in Vietnamese — without loading any command. main.ts wires
 * these into yargs; quick.ts answers `--version` and `--help` with them alone.
 */
import { type Message, msg } from '../messages/message.js';

/** A command as `--help` lists it; main.ts adds how to load its module. */
export interface CommandInfo {
  /** As yargs declares it, e.g. "merge-manifests <shards..>". */
  command: string;
  describe: Message;
}

export const COMMAND_INFO = {
  build: {
    command: 'build',
    describe: msg`Render the documents of every residential group into the output folder`,
  },
  check: {
    command: 'check',
    describe: msg`Check the campaign, templates, groups and rosters without building (exit 0 = ok)`,
  },
  'merge-manifests': {
    command: 'merge-manifests <shards..>',
    describe: msg`Join the output folders of \`build --shard i/n\` runs: files, manifest and print files`,
  },
  serve: {
    command: 'serve',
    describe: msg`Serve the download pages: one per group (secret link) and the office page (/admin)`,
  },
  report: {
    command: 'report',
    describe: msg`Render the ward's report of results (report.pdf, report.xlsx) from a results file or the stored figures`,
  },
  backup: {
    command: 'backup',
    describe: msg`Back up the data folder (.zip: everything, to move to a new computer) or its store (.sqlite), while it runs`,
  },
  restore: {
    command: 'restore',
    describe: msg`Put a backup back as the data folder, with the studio stopped`,
  },
  links: {
    command: 'links',
    describe: msg`Print every group's download link as CSV (id,name,url,leader,phone,note)`,
  },
  'import-docx': {
    command: 'import-docx <file>',
    describe: msg`Make a campaign folder (campaign.yaml) from the ward's notice in Word (.docx)`,
  },
  studio: {
    command: 'studio',
    describe: msg`The culture office's web studio: make, preview, build and download campaigns`,
  },
} satisfies Record<string, CommandInfo>;

export type CommandName = keyof typeof COMMAND_INFO;

/** The program's usage and example, said by yargs and by help.ts's `--help` alike. */
export const USAGE = msg`$0 <command> [options]\n\nPrint-ready PDFs for every residential group of a Vietnamese ward campaign.`;
export const EXAMPLE_COMMAND =
  '$0 build --campaign campaign.yaml --groups groups.csv --kind notice --out out';
export const EXAMPLE_DESCRIBE = msg`Notices for every group (all options: phuong-print build --help)`;
export const LANG_DESCRIBE = msg`Language of messages: vi or en (default: from LANG / LC_ALL)`;

/** yargs' help headings in Vietnamese (yargs ships no "vi" locale). */
export const VI_HELP: Record<string, string> = {
  'Commands:': 'Lệnh:',
  'Options:': 'Tùy chọn:',
  'Examples:': 'Ví dụ:',
  'Positionals:': 'Tham số:',
  boolean: 'đúng/sai',
  count: 'số lần',
  string: 'chữ',
  number: 'số',
  array: 'danh sách',
  required: 'bắt buộc',
  default: 'mặc định',
  'default:': 'mặc định:',
  'choices:': 'chọn một trong:',
  'aliases:': 'tên khác:',
  'Show help': 'Xem hướng dẫn',
  'Show version number': 'Xem số phiên bản',
};
