// Starts Crewdesk: builds once if there is no build, then serves on PORT (default 3000).
// Migrations, the first admin and the demo data are handled by instrumentation.ts at server start.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import nextEnv from "@next/env";

const dir = path.resolve(import.meta.dirname, "..");
process.chdir(dir);
nextEnv.loadEnvConfig(dir);
process.env.NODE_ENV = "production";

function fail(message) {
  console.error(`\nCrewdesk cannot start: ${message}\n`);
  process.exit(1);
}

// The embedded demo keeps a generated session secret beside its data; a real deployment sets its own.
if (!process.env.AUTH_SECRET) {
  if (process.env.DATABASE_URL) fail("AUTH_SECRET is required with DATABASE_URL (generate one: openssl rand -base64 32).");
  const dataDir = path.resolve(process.env.DATA_DIR || ".data");
  const file = path.join(dataDir, "auth-secret");
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600 });
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

if (!fs.existsSync(path.join(dir, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  console.log("No build found: building Crewdesk (this takes a minute the first time)…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) fail("the build failed (see above).");
}

const port = Number(process.env.PORT || 3000);
// The embedded demo has published passwords: it answers only this machine unless HOSTNAME says otherwise.
const demo = !process.env.DATABASE_URL;
const hostname = process.env.HOSTNAME || (demo ? "127.0.0.1" : "0.0.0.0");
const trustProxy = ["1", "true"].includes(process.env.TRUST_PROXY ?? "");

// The public address (validated in lib/env.ts) is https: every answer went out over TLS.
const appOverTls = (process.env.APP_URL ?? "").startsWith("https:");

const { default: next } = await import("next");
const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
try {
  await app.prepare();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

// The client's address, for the per-IP sign-in limit: the socket's, or the proxy's report of it.
function clientIp(req) {
  const forwarded = trustProxy ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim() : "";
  return forwarded || req.socket.remoteAddress || "unknown";
}

// A path whose percent-escapes are not UTF-8 (/api/v1/tickets/%E0%A4%A) makes Next's router throw
// while it decodes the route's params, and it answers a bare 500. Refuse it first, as a 400.
function hasBadEscapes(url) {
  try {
    decodeURIComponent(url.split("?")[0]);
    return false;
  } catch {
    return true;
  }
}

function badPath(req, res) {
  const api = req.url.startsWith("/api/");
  const body = api
    ? JSON.stringify({ error: { code: "invalid", message: "The address has a broken percent-escape (it is not UTF-8)" } })
    : "Bad request: the address has a broken percent-escape.";
  res.writeHead(400, { "content-type": api ? "application/json" : "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(body);
}

// HSTS only where the browser reached us over TLS: the public URL is https, or the TLS-terminating
// proxy says so (browsers ignore the header on plain http anyway, so a forged one does no harm).
const hsts = "max-age=31536000; includeSubDomains";
const overTls = (req) => appOverTls || String(req.headers["x-forwarded-proto"] ?? "").split(",")[0].trim() === "https";

const server = http.createServer((req, res) => {
  if (hasBadEscapes(req.url ?? "/")) return badPath(req, res);
  req.headers["x-crewdesk-client-ip"] = clientIp(req);
  if (overTls(req)) res.setHeader("Strict-Transport-Security", hsts);
  handle(req, res);
});

// Requests Node's own parser refuses (headers or address over 16 KB, broken HTTP) are answered in the
// API's error shape too, never with a bare status line.
server.on("clientError", (error, socket) => {
  if (!socket.writable || error.code === "ECONNRESET") return socket.destroy();
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const body = JSON.stringify({ error: { code: tooLarge ? "too_large" : "invalid", message: tooLarge ? "The address or the headers are too long" : "The request is not valid HTTP" } });
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
});
server.listen(port, hostname, () => {
  if (process.env.PID_FILE) fs.writeFileSync(process.env.PID_FILE, String(process.pid));
  const shown = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname;
  console.log(`Crewdesk is ready on http://${shown}:${port}`);
  if (demo && !process.env.HOSTNAME) console.log("  The demo listens on 127.0.0.1 only. To open it to your network: HOSTNAME=0.0.0.0 npm start (anyone who can reach it can sign in with the demo passwords).");
});

async function shutdown() {
  server.close();
  // Flush the embedded database before the process ends.
  const open = globalThis.__crewdeskDb;
  if (open) await open.then((h) => h.close()).catch(() => {});
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
