import type { Kysely } from 'kysely';

/**
 * A withdrawal: the office takes back a group's figures (entered for the wrong group, say). It is
 * a submission like the others, appended, never an update or a delete: `withdrawn` 1, no figures,
 * the account in `submitted_by`. The group has no current figures after it until the next
 * submission, and the history keeps both what was withdrawn and the withdrawal.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('result_submissions')
    .addColumn('withdrawn', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('result_submissions').dropColumn('withdrawn').execute();
}
