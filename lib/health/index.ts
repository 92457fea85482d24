import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { logger } from "@/lib/logger";

export type Health = { status: "ok"; database: "up" } | { status: "error"; database: "down" };

/** Whether the app can reach its database: one `select 1`. */
export async function checkHealth(): Promise<Health> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return { status: "ok", database: "up" };
  } catch (err) {
    logger.error({ err }, "health check: database unreachable");
    return { status: "error", database: "down" };
  }
}
