import type { Kysely } from 'kysely';

/**
 * Each figure keeps the base its group had in the list when it was sent — the target, the
 * households or the population its rate was taken against (model/measure-base.ts baseOf): a new
 * groups list that changes the group's target (a tổ split in two, its target halved; a merger;
 * a corrected target) does not silently re-rate a figure reported against the old one
 * (results/standings.ts `oldList`, qa26 F1, F5). Null when the group had none, and for figures
 * stored before this.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('result_values').addColumn('base', 'double precision').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('result_values').dropColumn('base').execute();
}
