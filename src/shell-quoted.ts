/**
 * A path for a command the office pastes into a shell (a `restore` way back): in double quotes,
 * as a data folder may have a space ("C:\Users\Van Phong\…"); outside Windows, the characters a
 * POSIX shell reads inside double quotes ($ ` " \) are escaped.
 */
export function shellQuoted(path: string): string {
  return `"${process.platform === 'win32' ? path : path.replace(/["$`\\]/g, '\\$&')}"`;
}

/**
 * The command that puts the store back from `copy` (a copy kept before an upgrade, a backup) into
 * the data folder `dataDir`: said by start-up, by a refusal of a newer store and by Cài đặt.
 */
export const restoreCommand = (copy: string, dataDir: string) =>
  `phuong-print restore --from ${shellQuoted(copy)} --data ${shellQuoted(dataDir)}`;
