/**
 * A path for a command the office pastes into a shell (a `restore` way back): in double quotes,
 * as a data folder may have a space ("C:\Users\Van Phong\…"); outside Windows, the characters a
 * POSIX shell reads inside double quotes ($ ` " \) are escaped.
 */
export function shellQuoted(path: string): string {
  return `"${process.platform === 'win32' ? path : path.replace(/["$`\\]/g, '\\$&')}"`;
}
