import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/** The parent pid of a process (Linux /proc); null when it cannot be read. */
async function parentPid(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(afterName[1]);
  } catch {
    return null;
  }
}

export class ClusterInUseError extends Error {
  override name = 'EmbeddedPostgresError';
}

/**
 * A previous run killed with SIGKILL leaves postgres running on the data directory (orphaned:
 * its parent is gone); the next start would fail. Stop it (fast shutdown) and wait for it to go.
 * A postmaster whose parent is still alive belongs to another running instance: refuse.
 */
export async function stopStalePostmaster(dataDir: string): Promise<void> {
  let firstLine: string | undefined;
  try {
    firstLine = (await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0];
  } catch {
    return;
  }
  const pid = Number(firstLine);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return;
  const parent = await parentPid(pid);
  if (parent !== null && parent !== 1 && isAlive(parent)) {
    throw new ClusterInUseError(
      `PostgreSQL nhúng tại ${dataDir} đang được một tiến trình khác sử dụng (pid ${parent})`,
    );
  }
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) {
    throw new Error(
      `PostgreSQL cũ (pid ${pid}) trên ${dataDir} không dừng; hãy dừng nó rồi thử lại`,
    );
  }
}
