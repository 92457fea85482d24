import pg from "pg";

/** What the global setup hands each test file (vitest provide/inject). */
export type TestDbPlan =
  | { kind: "postgres"; serverUrl: string; template: string; prefix: string }
  | { kind: "pglite"; root: string; template: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDb: TestDbPlan;
  }
}

/** The same server URL, pointing at another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = "/" + database;
  return url.toString();
}

/** Runs statements on the server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction). */
export async function onServer(serverUrl: string, statements: string[]): Promise<pg.QueryResult[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const results: pg.QueryResult[] = [];
    for (const s of statements) results.push(await client.query(s));
    return results;
  } finally {
    await client.end();
  }
}

/** Drops every database whose name starts with prefix, even with connections still open. */
export async function dropDatabases(serverUrl: string, prefix: string) {
  const [found] = await onServer(serverUrl, [`select datname from pg_database where datname like '${prefix}%'`]);
  const names = found.rows.map((r: { datname: string }) => r.datname);
  await onServer(serverUrl, names.map((n) => `DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`));
}
