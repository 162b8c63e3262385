import { type Kysely, PostgresAdapter } from 'kysely';

/**
 * Who of the office downloaded a file holding residents' names (qa46 F9, Decree 13/2023: a
 * controller shows who accessed personal data): a tracking sheet, a group's ZIP holding one,
 * every group's ZIPs in one. One row a download: the studio account, when, the campaign and the
 * file's name as it was saved — never a name the file holds. Never updated; read newest first
 * on Cài đặt (studio/download-log.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('file_downloads')
    .addColumn('seq', postgres ? 'serial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('campaign', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('downloaded_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('file_downloads').execute();
}
