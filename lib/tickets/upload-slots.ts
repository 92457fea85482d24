import { AppError } from "@/lib/errors";

/** Uploads one user may have in progress at once (per server process); the web app queues the rest. */
export const MAX_UPLOADS_PER_USER = 3;

// On globalThis: Next may load this module more than once in one process.
const key = Symbol.for("crewdesk.uploadsInProgress");
const store = globalThis as unknown as Record<symbol, Map<string, number> | undefined>;
const inProgress = (store[key] ??= new Map<string, number>());

/**
 * Takes one of the user's upload slots, or refuses (429) when all are taken: one account cannot tie
 * up the server's connections and disk with parallel uploads. Call the returned function when done.
 */
export function takeUploadSlot(userId: string): () => void {
  const taken = inProgress.get(userId) ?? 0;
  if (taken >= MAX_UPLOADS_PER_USER) {
    throw new AppError("rate_limited", `You already have ${MAX_UPLOADS_PER_USER} uploads in progress. Wait for one to finish, then try again.`);
  }
  inProgress.set(userId, taken + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (inProgress.get(userId) ?? 1) - 1;
    if (left > 0) inProgress.set(userId, left);
    else inProgress.delete(userId);
  };
}
