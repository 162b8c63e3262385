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

/** A person of the office who signs in to the studio. */
export interface StudioUsersTable {
  name: string;
  /** passwords.ts: `scrypt$N$r$p$salt$hash`. */
  password_hash: string;
  /** 1: may add users. */
  is_admin: number;
  created_at: string;
}

/** A signed-in browser: the SHA-256 of its cookie's random id, and its form token. */
export interface StudioSessionsTable {
  id_hash: string;
  user_name: string;
  /** The CSRF token every form of this session carries. */
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface StoreTables {
  store_meta: StoreMetaTable;
  studio_users: StudioUsersTable;
  studio_sessions: StudioSessionsTable;
}
