import fs from "node:fs";
import path from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePg, type NodePgDatabase, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Db = NodePgDatabase<typeof schema>;
export type Tx = PgTransaction<NodePgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>;
/** What a domain function accepts: the database itself or an open transaction. */
export type DbOrTx = Db | Tx;

type Handle = { db: Db; close: () => Promise<void>; kind: "pglite" | "postgres" };

// One handle per process (kept on globalThis so dev-mode reloads do not open a second PGlite).
const g = globalThis as unknown as { __crewdeskDb?: Promise<Handle> };

async function open(): Promise<Handle> {
  const { DATABASE_URL, DATA_DIR } = env();
  if (DATABASE_URL) {
    const { Pool } = await import("pg");
    const pool = new Pool({ connectionString: DATABASE_URL, max: 10 });
    // An idle connection the server ends (restart, failover, a dropped test database) emits an error
    // on the pool; without a listener node-postgres would crash the process. The pool reconnects.
    pool.on("error", (error) => console.warn(`database connection lost: ${error.message}`));
    return { db: drizzlePg(pool, { schema }), close: () => pool.end(), kind: "postgres" };
  }
  const { drizzle: drizzlePglite } = await import("drizzle-orm/pglite");
  const client = await openPglite(path.resolve(DATA_DIR, "pglite"));
  // Both drivers expose the same query builder; the types differ only in the result HKT.
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, close: () => client.close(), kind: "pglite" };
}

/**
 * Every PGlite the project opens goes through here: the migrations need the pg_trgm contrib
 * extension (the search indexes), and PGlite can only load an extension passed when it opens.
 */
export async function openPglite(dir: string) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  fs.mkdirSync(dir, { recursive: true });
  return PGlite.create(dir, { extensions: { pg_trgm } });
}

/** Opens the database on first use (never at import, so `next build` does not touch it). */
export async function getDb(): Promise<Db> {
  return (await handle()).db;
}

export function handle(): Promise<Handle> {
  if (!g.__crewdeskDb) {
    g.__crewdeskDb = open();
    g.__crewdeskDb.catch(() => (g.__crewdeskDb = undefined));
  }
  return g.__crewdeskDb;
}

export async function closeDb() {
  const h = g.__crewdeskDb;
  g.__crewdeskDb = undefined;
  if (h) await (await h).close();
}

export { schema };
