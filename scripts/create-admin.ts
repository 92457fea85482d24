// npm run create-admin -- --username ada --name "Ada Admin" --email ada@example.com --password '…'
// Creates an admin on the configured database (the first admin of a real PostgreSQL, or another one).
// Asks on a terminal for whatever is not given; the password prompt does not echo.
import { parseArgs } from "node:util";
import readline from "node:readline/promises";
import { Writable } from "node:stream";
import nextEnv from "@next/env";

type Field = "username" | "name" | "email" | "password";
const fields: Field[] = ["username", "name", "email", "password"];

async function prompt(question: string, hidden: boolean): Promise<string> {
  // For the password, typed characters echo through a stream that swallows them.
  const output = hidden ? new Writable({ write: (_chunk, _enc, done) => done() }) : process.stdout;
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  if (hidden) process.stdout.write(question);
  try {
    return await rl.question(hidden ? "" : question);
  } finally {
    if (hidden) process.stdout.write("\n");
    rl.close();
  }
}

async function main() {
  nextEnv.loadEnvConfig(process.cwd());
  const { values } = parseArgs({ options: Object.fromEntries(fields.map((f) => [f, { type: "string" }])) as Record<Field, { type: "string" }> });
  const input = { ...values } as Partial<Record<Field, string>>;
  const missing = fields.filter((f) => !input[f]);
  if (missing.length && !process.stdin.isTTY) {
    throw new Error(`Missing ${missing.map((f) => `--${f}`).join(", ")} (no terminal to ask on).`);
  }
  for (const f of missing) input[f] = (await prompt(`${f[0].toUpperCase()}${f.slice(1)}: `, f === "password")).trim();

  // Imported after .env is loaded: lib/env reads the environment once.
  const { ensureDatabase } = await import("@/db/migrate");
  const { closeDb } = await import("@/db");
  const { createFirstAdmin } = await import("@/lib/setup/bootstrap");
  const { AppError } = await import("@/lib/errors");
  try {
    await ensureDatabase();
    const admin = await createFirstAdmin(input as Record<Field, string>);
    console.log(`Admin "${admin.username}" created. Sign in with that username and password.`);
  } catch (error) {
    if (error instanceof AppError && error.fields) {
      const lines = Object.entries(error.fields).map(([field, messages]) => `  --${field}: ${messages.join("; ")}`);
      throw new Error(`${error.message}:\n${lines.join("\n")}`);
    }
    throw error;
  } finally {
    await closeDb();
  }
}

main().catch((error: unknown) => {
  console.error(`create-admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
