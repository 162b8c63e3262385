/**
 * A second connection to a store's SQLite file whose reads of the groups' figures can be held:
 * the race tests (a leader's figure landing between the office's last read and its write) arm
 * it to run the leader's save right after the `nth` such read, before the read's rows are
 * handed back to the code under test.
 */
import Database from 'better-sqlite3';
import {
  Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  SqliteDialect,
  type UnknownRow,
} from 'kysely';
import type { StoreTables } from '../../src/store/tables.js';

/** Holds nothing until armed; then runs `then` after the `nth` read of figures (a select joining result_values). */
export class Interleave implements KyselyPlugin {
  private reads = 0;
  private armed?: { nth: number; then: () => Promise<void> };
  private readonly joined = new WeakMap<object, boolean>();
  arm(nth: number, then: () => Promise<void>) {
    this.reads = 0;
    this.armed = { nth, then };
  }
  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    this.joined.set(
      queryId,
      node.kind === 'SelectQueryNode' && JSON.stringify(node).includes('"result_values"'),
    );
    return node;
  }
  async transformResult({
    result,
    queryId,
  }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.armed && this.joined.get(queryId) && ++this.reads === this.armed.nth) {
      const { then } = this.armed;
      this.armed = undefined;
      await then();
    }
    return result;
  }
}

/** A second connection to the SQLite file `file`, its reads held by `plugin`. */
export function heldConnection(file: string, plugin: Interleave): Kysely<StoreTables> {
  const sqlite = new Database(file);
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<StoreTables>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [plugin],
  });
}
