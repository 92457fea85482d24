import type { DbOrTx } from "@/db";
import { activityLog, type FieldChanges } from "@/db/schema";

export type ActivityInput = {
  entityType: string;
  entityId: string;
  actorId: string | null;
  action: string;
  changes?: FieldChanges;
  snapshot?: Record<string, unknown>;
  message?: string;
};

/** Appends one history entry; call it inside the transaction of the change it records. */
export async function logActivity(tx: DbOrTx, entry: ActivityInput) {
  const [row] = await tx
    .insert(activityLog)
    .values({ ...entry, changes: entry.changes ?? {} })
    .returning();
  return row;
}

/** old → new for each key whose value differs (dates compared by instant). */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after)) {
    const from = before[key];
    const to = after[key];
    if (to === undefined) continue;
    const same = from instanceof Date && to instanceof Date ? from.getTime() === to.getTime() : from === to;
    if (!same) changes[key] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}
