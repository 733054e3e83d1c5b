import { AsyncLocalStorage } from 'node:async_hooks';

import type { DataSource, EntityManager } from 'typeorm';

const ambient = new AsyncLocalStorage<EntityManager>();

/**
 * The transaction this async call chain runs in, if any. Set by runInTransaction, so that an
 * outer transaction (e.g. the Idempotency-Key interceptor's) is joined by every service below it.
 */
export const TransactionContext = {
  current(): EntityManager | undefined {
    const manager = ambient.getStore();
    const runner = manager?.queryRunner;
    return runner && runner.isTransactionActive && !runner.isReleased ? manager : undefined;
  },
};

/**
 * The one way to open a transaction: every state-changing service writes its rows, its event and
 * its audit row through the manager it receives, so they commit or roll back together. Inside an
 * open transaction on the same DataSource it joins it (no savepoint): an error thrown by `work`
 * then aborts the outer transaction too.
 */
export function runInTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const outer = TransactionContext.current();
  if (outer && outer.dataSource === dataSource) return work(outer);
  return transactionOnOwnConnection(dataSource, work);
}

/** What TypeORM's query runner keeps of an open transaction (BaseQueryRunner). */
interface TransactionState {
  isTransactionActive: boolean;
  transactionDepth: number;
}

/**
 * TypeORM's `manager.transaction`, except that START TRANSACTION is not awaited before the work:
 * the connection pipelines (data-source-options.ts), so it goes out with the work's first
 * statement, one round trip less for every write. READ COMMITTED is the connections'
 * default_transaction_isolation, so nothing else is needed. The query runner is marked as in a
 * transaction of depth 1, as `startTransaction` would leave it: the work's statements join it, a
 * nested `manager.transaction` takes a savepoint, and commit/rollback go through TypeORM.
 */
async function transactionOnOwnConnection<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as { query(text: string): Promise<unknown> };
    // settled here (no unhandled rejection), read before the COMMIT
    const begun = client.query('START TRANSACTION').then(
      () => null,
      (error: unknown) => ({ error }),
    );
    Object.assign(runner as unknown as TransactionState, {
      isTransactionActive: true,
      transactionDepth: 1,
    });
    try {
      const result = await ambient.run(runner.manager, () => work(runner.manager));
      const failure = await begun;
      if (failure) throw failure.error;
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await begun;
      // the original error is thrown even when the rollback fails (as TypeORM does)
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
  }
}
