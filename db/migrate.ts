import path from "node:path";
import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { handle } from "./index";

const migrationsFolder = path.resolve(process.cwd(), "db/migrations");
// Any fixed number: several app instances starting together migrate one at a time.
const MIGRATION_LOCK = 727_001;

/** Opens the database and applies every pending migration. Safe to call more than once. */
export async function ensureDatabase() {
  const url = env().DATABASE_URL;
  if (url) {
    // One dedicated connection, so the advisory lock and the migration share a session.
    const { Client } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const mdb = drizzle(client);
      await mdb.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
      await migrate(mdb, { migrationsFolder });
    } finally {
      await client.end();
    }
    return handle();
  }
  const h = await handle();
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  await migrate(h.db as any, { migrationsFolder });
  return h;
}
