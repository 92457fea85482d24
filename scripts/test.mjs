// `npm test`: lint, type-check, unit + integration tests, production build, API + browser tests.
// Every stage runs even after a failure, so one run reports everything. The last line is
// `N passed, N failed` (tests of vitest and playwright; a failed lint, type-check or build counts 1).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "crewdesk-test-"));
const totals = { passed: 0, failed: 0 };

/** Runs a command, keeping its output; prints the tail only when it fails (readable CI logs). */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk) => (output = (output + chunk).slice(-400_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
    child.on("error", (error) => resolve({ code: 1, output: String(error) }));
  });
}

const tail = (text, lines = 120) => text.trimEnd().split("\n").slice(-lines).join("\n");

function report(name, started, passed, failed, result, detail = "") {
  totals.passed += passed;
  totals.failed += failed;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const ok = failed === 0;
  console.log(`${ok ? "✓" : "✗"} ${name}${detail ? `: ${detail}` : ""} (${seconds}s)`);
  if (!ok) console.log(tail(result.output).replace(/^/gm, "    ") + "\n");
}

/** A stage that passes or fails as a whole. */
async function step(name, command, args, env) {
  const started = Date.now();
  const result = await run(command, args, env);
  report(name, started, 0, result.code === 0 ? 0 : 1, result);
}

/** A test stage: counts from its JSON report; a crash, or no tests at all, is a failure. */
async function tests(name, command, args, env, reportFile, count) {
  const started = Date.now();
  const result = await run(command, args, env);
  let counts = { passed: 0, failed: 0 };
  try {
    counts = count(JSON.parse(fs.readFileSync(reportFile, "utf8")));
  } catch {
    result.output += `\n(no readable report at ${reportFile})`;
  }
  if (result.code !== 0 && counts.failed === 0) counts.failed = 1;
  if (counts.passed + counts.failed === 0) {
    counts.failed = 1;
    result.output += "\nNo tests ran.";
  }
  report(name, started, counts.passed, counts.failed, result, `${counts.passed} passed, ${counts.failed} failed`);
}

/** The browser and API tests get a database of their own: a fresh PostgreSQL database, or a PGlite dir. */
async function e2eDatabase() {
  const server = process.env.DATABASE_URL;
  if (!server) return { env: { E2E_DATA_DIR: fs.mkdtempSync(path.join(work, "data-")) }, drop: async () => {} };
  const name = `crewdesk_e2e_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = "/" + name;
  return { env: { E2E_DATABASE_URL: url.toString() }, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

const begun = Date.now();
console.log(`Testing with ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "the embedded PGlite database"}.`);

await step("lint", bin("eslint"), ["."]);
await step("type-check", bin("tsc"), ["--noEmit"]);

const vitestReport = path.join(work, "vitest.json");
await tests("unit + integration (vitest)", bin("vitest"), ["run", "--reporter=dot", "--reporter=json", `--outputFile.json=${vitestReport}`], {}, vitestReport, (r) => ({
  passed: r.numPassedTests,
  // A file that fails to load has no failed tests of its own: count it once.
  failed: r.numFailedTests + r.testResults.filter((f) => f.status === "failed" && f.assertionResults.every((a) => a.status !== "failed")).length,
}));

await step("production build", "npm", ["run", "--silent", "build"]);

const playwrightReport = path.join(work, "playwright.json");
let database;
try {
  database = await e2eDatabase();
  await tests("API + browser (playwright)", bin("playwright"), ["test", "--reporter=line,json"], { ...database.env, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport }, playwrightReport, (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected + (r.errors?.length ?? 0),
  }));
} catch (error) {
  report("API + browser (playwright)", Date.now(), 0, 1, { output: String(error) });
} finally {
  await database?.drop().catch((error) => console.log(`(could not drop the test database: ${error.message})`));
  fs.rmSync(work, { recursive: true, force: true });
}

console.log(`\nnpm test took ${Math.round((Date.now() - begun) / 1000)}s`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
