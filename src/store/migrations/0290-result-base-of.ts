import type { Kysely } from 'kysely';

/**
 * Each figure keeps what its measure's base was when it was sent (the measure's `of`: "households",
 * "people", a column of the list): the office may give a measure another base mid-campaign (hộ →
 * a column "Số hộ nguy cơ cao"), and a figure sent before is then said as sent against the
 * measure's old base in its own words, not against an old groups list (results/standings.ts
 * `oldList`, qa58b M3). Null for figures stored before this.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('result_values').addColumn('base_of', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('result_values').dropColumn('base_of').execute();
}
