/**
 * Store: which database a command keeps its data in — one answer for `serve`, `studio` and
 * `report`, so one setting means the same database to all of them. --database-url when given,
 * else $PHUONG_PRINT_DATABASE_URL, else $PHUONG_PRINT_STORE_URL (the variable's name before
 * --database-url, still read). An empty value counts as not given. None: the data folder's
 * SQLite file (open-store.ts).
 */
export function databaseUrl(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  for (const value of [flag, env.PHUONG_PRINT_DATABASE_URL, env.PHUONG_PRINT_STORE_URL]) {
    const url = value?.trim();
    if (url) return url;
  }
  return undefined;
}
