import pLimit from "p-limit";

// One scrypt hash takes 128 MiB and a core for a third of a second. Without a bound a burst of logins runs hundreds at
// once: memory balloons and an honest login waits minutes. Past the queue's depth a request is refused at once.
const HASHES_AT_ONCE = 2;
const HASHES_WAITING = 8;
const limit = pLimit(HASHES_AT_ONCE);

/** Runs a password hash in the bounded queue, or returns null when the queue is full (answer 503 then). */
export function queuedHash<T>(hash: () => Promise<T>): Promise<T> | null {
  return limit.pendingCount >= HASHES_WAITING ? null : limit(hash);
}
