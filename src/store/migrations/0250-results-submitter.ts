import type { Kysely } from 'kysely';

/**
 * Who of the office stored a submission: the studio account that typed a group's figures on the
 * Kết quả tab or imported a results file there (the history says "Văn phòng sửa (lan)"). Empty
 * for a leader's form and for the CLI's import, which have no account. Added, never required:
 * the submissions stored before it keep it empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('result_submissions').addColumn('submitted_by', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('result_submissions').dropColumn('submitted_by').execute();
}
