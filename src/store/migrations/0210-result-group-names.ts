import type { Kysely } from 'kysely';

/**
 * Each submission keeps the name its group had in the list when it was made: once the group is
 * no longer in the list (a new groups file left it out), the office is told which groups' figures
 * are no longer counted by their names, not by ids it does not know by heart (qa9 Q9). Empty for
 * submissions stored before this.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('result_submissions').addColumn('group_name', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('result_submissions').dropColumn('group_name').execute();
}
