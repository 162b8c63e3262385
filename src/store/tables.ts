/**
 * The store's tables, as Kysely sees them: one interface per table, listed in `StoreTables`.
 * Each feature that keeps data adds its tables here and a migration that creates them
 * (`migrations/`); the same schema runs on SQLite (the default, a file in the data folder) and on
 * PostgreSQL (a connection URL), so column types stay to what both have: integer, text (and a
 * figure's double precision on PostgreSQL, migrations/0270-results-decimal.ts), and
 * timestamps kept as ISO 8601 text in UTC (sortable, and read the same by both).
 */
import type { Generated } from 'kysely';

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

/**
 * A setting of the studio an admin changed (studio/settings.ts): absent, its default applies.
 * Also `plain_sign_ins`, what the studio saw of sign-ins over plain http (settings.ts
 * `ProxyCheck`, a JSON value; `updated_by` the last such sign-in's user).
 */
export interface StudioSettingsTable {
  key: string;
  value: string;
  /** The studio account that set it. */
  updated_by: string | null;
  /** ISO 8601, UTC. */
  updated_at: string;
}

/** One report of a group's figures (results/): who sent it, when; never updated. */
export interface ResultSubmissionsTable {
  /** Store order of submissions (auto-numbered). */
  seq: Generated<number>;
  /** The submitter's key for this submission: a form sent twice is stored once. */
  id: string;
  /** The campaign the figures belong to (results/campaign-key.ts). */
  campaign: string;
  group_id: string;
  /** The group's name in the list when the figures were sent (null before it was kept). */
  group_name: string | null;
  /** Where the figures came from: the leader's link, an imported file, the office's page. */
  source: 'leader' | 'import' | 'office';
  /** ISO 8601, UTC. */
  recorded_at: string;
  /** 1 when a figure above the group's population or households was confirmed. */
  confirmed: Generated<number>;
  /** The studio account that stored it (the office's form or import); null for a leader, the CLI. */
  submitted_by: string | null;
  /** 1 for the office's withdrawal of the group's figures (no figures of its own). */
  withdrawn: Generated<number>;
}

/** One figure of a submission. */
export interface ResultValuesTable {
  submission: number;
  /** A measure id of the campaign (campaign.yaml `measures`). */
  measure: string;
  /** A count's whole number, or a quantity's with at most two decimals ("95,5" kg). */
  value: number;
  /**
   * The group's base in the list when the figure was sent (its target, households, population:
   * model/measure-base.ts baseOf); null without one, and for figures stored before it was kept.
   */
  base: number | null;
  /**
   * The measure's `of` when the figure was sent ("households", a column's header): what `base`
   * counted; null for figures stored before it was kept (migration 0290).
   */
  base_of: string | null;
}

/**
 * A download by an office account of a file holding residents' names (studio/download-log.ts):
 * who, when, which campaign and file; never the names themselves. Never updated.
 */
export interface FileDownloadsTable {
  seq: Generated<number>;
  /** The studio account that downloaded it. */
  user_name: string;
  /** The campaign's folder name (its slug). */
  campaign: string;
  /** The name the file was saved under ("Bảng theo dõi - tất cả tổ.pdf"). */
  file: string;
  /** ISO 8601, UTC. */
  downloaded_at: string;
}

export interface StoreTables {
  store_meta: StoreMetaTable;
  studio_users: StudioUsersTable;
  studio_sessions: StudioSessionsTable;
  studio_settings: StudioSettingsTable;
  result_submissions: ResultSubmissionsTable;
  result_values: ResultValuesTable;
  file_downloads: FileDownloadsTable;
}
