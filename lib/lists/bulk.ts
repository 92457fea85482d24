import { z } from "zod";
import { AppError, type ErrorCode } from "@/lib/errors";

/** At most one page of the largest size: a bulk action acts on what a person selected in one list. */
export const MAX_BULK = 100;

export const bulkIdsSchema = z.array(z.uuid()).min(1, "Select at least one record").max(MAX_BULK, `Select at most ${MAX_BULK} records`);

export type BulkRefusal = { id: string; code: ErrorCode; message: string };
export type BulkResult = { done: string[]; refused: BulkRefusal[] };

/**
 * Runs one domain command per record, each on its own (its own transaction, its own rules), and
 * collects the domain's refusals instead of stopping at the first: the UI reports them per record.
 * Anything that is not an AppError is a bug, not a refusal, and is thrown.
 */
export async function runBulk(ids: readonly string[], run: (id: string) => Promise<unknown>): Promise<BulkResult> {
  const result: BulkResult = { done: [], refused: [] };
  // One after the other: the same record twice, or records that touch one another, never race.
  for (const id of new Set(ids)) {
    try {
      await run(id);
      result.done.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.refused.push({ id, code: error.code, message: error.message });
    }
  }
  return result;
}
