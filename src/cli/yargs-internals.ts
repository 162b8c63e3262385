/**
 * CLI: the one module that reaches into yargs' private parts (yargs is pinned to an exact version
 * in package.json; test/cli/yargs-help-layout.test.ts is the contract test).
 */

/** The part of yargs' instance that skipHelpLayout reaches (not in @types/yargs). */
export interface YargsInternals {
  getInternalMethods(): { getUsageInstance?(): { cacheHelpMessage?: () => void } | undefined };
}

/**
 * yargs lays out the running command's whole help as the command starts (cacheHelpMessage), to
 * have it at hand for a failure it reports itself. Every failure here goes through .fail above
 * and is worded without that help, so the layout (each option's width measured: ~40 ms of CPU for
 * `build`, a quarter of yargs' part of a run) is skipped. `--help` lays out its help as before.
 * If a yargs release moves this method, nothing breaks: the layout is made again.
 */
export function skipHelpLayout(y: Partial<YargsInternals>): void {
  const usage = y.getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}
