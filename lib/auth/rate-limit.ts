import { sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db";

/**
 * Runs fn in a transaction that holds a lock named by key until it commits: simultaneous requests for
 * one key (an IP address, a username) then count and record one after the other, so a burst cannot
 * all read the same count. Keys of different purposes are prefixed ("login-ip:…").
 */
export function serialized<T>(db: DbOrTx, key: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
    return fn(tx);
  });
}

/** `now() - N minutes` in the database's clock, the same clock that stamps the attempts. */
export const minutesAgo = (minutes: number) => sql`now() - make_interval(mins => ${minutes}::int)`;
