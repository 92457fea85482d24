import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { databaseUrl, dropDatabases, onServer } from "./test-db";

/**
 * Once per run. PostgreSQL: a template database migrated once, copied per test file, everything
 * dropped at the end. PGlite: a migrated template directory, copied per test file, removed at the end.
 * Names carry the run's id, so nothing an earlier or a parallel run left is ever used.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  const runId = `${Date.now().toString(36)}${process.pid}`;

  if (!serverUrl) {
    // A new PGlite directory costs ~2 s (initdb); a copy of a migrated one opens in a fraction.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "crewdesk-vitest-"));
    const template = path.join(root, "template");
    await migrate({ DATABASE_URL: "", DATA_DIR: template });
    project.provide("testDb", { kind: "pglite", root, template });
    return () => fs.rmSync(root, { recursive: true, force: true });
  }

  const prefix = `crewdesk_t_${runId}_`;
  const template = `${prefix}template`;
  await onServer(serverUrl, [`CREATE DATABASE "${template}"`]);
  const teardown = () => dropDatabases(serverUrl, prefix);
  try {
    await migrate({ DATABASE_URL: databaseUrl(serverUrl, template) });
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide("testDb", { kind: "postgres", serverUrl, template, prefix });
  return teardown;
}

/** The app's own migrate step, run against the template; its connections are closed after. */
async function migrate(vars: { DATABASE_URL: string; DATA_DIR?: string }) {
  const { resetEnvCache } = await import("@/lib/env");
  const { ensureDatabase } = await import("@/db/migrate");
  const { closeDb } = await import("@/db");
  const outer = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  resetEnvCache();
  try {
    await ensureDatabase();
  } finally {
    await closeDb();
    for (const [k, v] of Object.entries(outer)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvCache();
  }
}
