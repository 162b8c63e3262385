/**
 * The store's tables, as Kysely sees them: one interface per table, listed in `StoreTables`.
 * Each feature that keeps data adds its tables here and a migration that creates them
 * (`migrations/`); the same schema runs on SQLite (the default, a file in the data folder) and on
 * PostgreSQL (a connection URL), so column types stay to what both have: integer, text, and
 * timestamps kept as ISO 8601 text in UTC (sortable, and read the same by both).
 */

/** Facts about the store itself (for example when it was created), one row per key. */
export interface StoreMetaTable {
  key: string;
  value: string;
}

export interface StoreTables {
  store_meta: StoreMetaTable;
}
