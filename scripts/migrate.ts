// npm run db:migrate: applies pending migrations to the configured database (npm start does this too).
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
// Imported after .env is loaded: lib/env reads the environment once.
const { ensureDatabase } = await import("@/db/migrate");
const { closeDb } = await import("@/db");
try {
  await ensureDatabase();
  console.log("Database is up to date.");
} catch (error) {
  console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
