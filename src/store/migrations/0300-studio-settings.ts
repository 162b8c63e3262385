import type { Kysely } from 'kysely';

/**
 * The studio's settings an admin sets on its Cài đặt page, one row a setting: the public
 * address the leaders' links and QR codes are made from (studio/settings.ts) is the first. Who
 * set it and when are kept beside the value, for the page to say.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('studio_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('studio_settings').execute();
}
