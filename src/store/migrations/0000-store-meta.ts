import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/** The store's own facts; `created_at` tells a backup apart from the live file. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('store_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into store_meta (key, value) values ('created_at', ${new Date().toISOString()})`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('store_meta').execute();
}
