import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * A figure may have decimals: a quantity's "95,5" kg (results/figure-text.ts), two at most. On
 * PostgreSQL `result_values.value` becomes double precision (every figure a form takes, to its
 * hundredths, reads back as typed; the integers stored before stay the same numbers). SQLite's
 * INTEGER column needs no change: its affinity keeps a REAL that has a decimal part as a REAL,
 * and stores a whole one as the integer it was (test/store/decimal-migration.test.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table result_values alter column value type double precision`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table result_values alter column value type integer using round(value)::integer`.execute(
    db,
  );
}
