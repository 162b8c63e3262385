import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * The participation loop's figures: every submission (a leader's form, an imported file's row,
 * the office's correction) is a row of `result_submissions`, its figures rows of `result_values`.
 * Nothing is updated or deleted: a group's current figure is the one of its latest submission
 * that holds it, and the rest is the history. `seq` orders submissions (times can tie); `id` is
 * the submitter's own key for the submission, unique, so a form sent twice is stored once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('result_submissions')
    .addColumn('seq', postgres ? 'serial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('campaign', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sqlIn('source', ['leader', 'import', 'office'])),
    )
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    /** 1 when a figure above the group's population or households was confirmed as right. */
    .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('result_submissions_group')
    .on('result_submissions')
    .columns(['campaign', 'group_id', 'seq'])
    .execute();
  await db.schema
    .createTable('result_values')
    .addColumn('submission', 'integer', (c) =>
      c.notNull().references('result_submissions.seq').onDelete('restrict'),
    )
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull().check(nonNegative))
    .addPrimaryKeyConstraint('result_values_pk', ['submission', 'measure'])
    .execute();
}

const nonNegative = sql`value >= 0`;
const sqlIn = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('result_values').execute();
  await db.schema.dropTable('result_submissions').execute();
}
