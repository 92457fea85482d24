import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { closeDb } from "@/db";
import { ensureDatabase } from "@/db/migrate";
import { resetEnvCache } from "@/lib/env";
import { databaseUrl, onServer } from "./test-db";

// Runs before each test file: a database of its own, fresh and migrated.
const plan = inject("testDb");
const id = randomBytes(5).toString("hex");
let cleanup: () => Promise<unknown>;

if (plan.kind === "postgres") {
  const name = plan.prefix + id;
  await onServer(plan.serverUrl, [`CREATE DATABASE "${name}" TEMPLATE "${plan.template}"`]);
  process.env.DATABASE_URL = databaseUrl(plan.serverUrl, name);
  cleanup = () => onServer(plan.serverUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
} else {
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = path.join(plan.root, `file-${id}`);
  fs.cpSync(plan.template, process.env.DATA_DIR, { recursive: true });
  cleanup = async () => fs.rmSync(process.env.DATA_DIR!, { recursive: true, force: true });
}

// db/index.ts keeps one handle per process: close any earlier one so the next use opens ours.
resetEnvCache();
await closeDb();
await ensureDatabase();

afterAll(async () => {
  await closeDb();
  await cleanup();
});
