import { count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { ensureDatabase } from "@/db/migrate";
import { settings, users } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { hashPassword } from "@/lib/auth/passwords";
import { env } from "@/lib/env";
import { parseInput } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { insertUser } from "@/lib/users/commands";
import { createUserSchema } from "@/lib/users/schemas";
import { demoUsers, seedDemo } from "./demo";

/** Runs once per server start, before any request: migrate, then give an empty database its first admin. */
export async function bootstrap() {
  const config = env();
  const h = await ensureDatabase();
  const db = await getDb();
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n > 0) return;
  if (config.ADMIN_USERNAME && config.ADMIN_PASSWORD) {
    await createFirstAdmin({ username: config.ADMIN_USERNAME, password: config.ADMIN_PASSWORD, name: "Administrator", email: `${config.ADMIN_USERNAME}@localhost.invalid` });
    logger.info({ username: config.ADMIN_USERNAME }, "created the first admin from ADMIN_USERNAME");
  } else if (h.kind === "pglite") {
    await seedDemo();
    console.log(demoBanner());
  } else {
    logger.warn("The database has no users. Set ADMIN_USERNAME and ADMIN_PASSWORD, or run: npm run create-admin");
  }
}

/** What the console says once the demo exists: who to sign in as. */
function demoBanner() {
  const rows = demoUsers.map((u) => `    ${u.username.padEnd(8)} ${u.password.padEnd(12)} ${u.role.replace("_", " ")}${u.department ? `, ${u.department}` : ""}`);
  return ["", "  Crewdesk demo data created: a dozen tickets in every status. Sign in as (username, password, role):", ...rows, "  The sign-in page offers each of them in one click.", ""].join("\n");
}

/** The first admin of a real database: the password rules apply, unlike the demo's known password. */
export async function createFirstAdmin(input: { username: string; password: string; name: string; email: string }) {
  const data = parseInput(createUserSchema, { ...input, role: "admin" });
  const db = await getDb();
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const row = await insertUser(tx, { username: data.username, name: data.name, email: data.email, role: "admin", passwordHash, isApproved: true, approvedAt: new Date() });
    await logActivity(tx, { entityType: "user", entityId: row.id, actorId: null, action: "user.created", message: "first admin" });
    return row;
  });
}

/** True when the demo seed ran: the sign-in page then shows the demo accounts. */
export async function isDemo(): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "demoSeeded"));
  return row?.value === true;
}
