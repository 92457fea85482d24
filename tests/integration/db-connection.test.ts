import { sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { getDb } from "@/db";
import { onServer } from "../setup/test-db";

const plan = inject("testDb");

// A PostgreSQL restart or failover ends idle connections; the app must carry on, not crash.
describe.runIf(plan.kind === "postgres")("database connection loss", () => {
  it("survives the server ending its idle connections and reconnects", async () => {
    const db = await getDb();
    await db.execute(sql`select 1`);
    const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
    const serverUrl = plan.kind === "postgres" ? plan.serverUrl : "";
    const [ended] = await onServer(serverUrl, [
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database}' and pid <> pg_backend_pid()`,
    ]);
    expect(ended.rowCount).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const rows = await db.execute(sql`select 2 as two`);
    expect(rows.rows[0]).toEqual({ two: 2 });
  });
});
