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
  // READ COMMITTED: the connections' default_transaction_isolation (data-source-options.ts), so
  // START TRANSACTION is the only round trip before the work
  return dataSource.transaction((manager) => ambient.run(manager, () => work(manager)));
}
