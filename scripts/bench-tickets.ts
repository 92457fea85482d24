// npm run bench:tickets: times ticketDashboard and the first listTickets page on the configured
// database (after npm run seed:volume), for a manager (all tickets) and a member (own tickets),
// with and without a text search.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
const { and, asc, eq, isNull, like, sql } = await import("drizzle-orm");
const { closeDb, getDb, handle } = await import("@/db");
const { tickets, users } = await import("@/db/schema");
const { listTickets, ticketDashboard } = await import("@/lib/tickets");

async function time(label: string, fn: () => Promise<unknown>, runs = 7) {
  await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[runs >> 1].toFixed(1)} ms, min ${ms[0].toFixed(1)} ms, max ${ms[runs - 1].toFixed(1)} ms`);
}

try {
  const db = await getDb();
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(tickets).where(isNull(tickets.deletedAt));
  const pick = async (role: "manager" | "member") => {
    const [u] = await db
      .select({ id: users.id, username: users.username, name: users.name, role: users.role, departmentId: users.departmentId })
      .from(users)
      .where(and(eq(users.role, role), like(users.username, "seed_%")))
      .orderBy(asc(users.username))
      .limit(1);
    if (!u) throw new Error("No seeded users: run npm run seed:volume first");
    return u;
  };
  console.log(`${(await handle()).kind}: ${n} live tickets`);
  for (const actor of [await pick("manager"), await pick("member")]) {
    await time(`ticketDashboard (${actor.role})`, () => ticketDashboard(actor));
    await time(`listTickets page 1 (${actor.role})`, () => listTickets(actor, {}));
    await time(`listTickets page 1, status=in_progress&overdue (${actor.role})`, () => listTickets(actor, { status: "in_progress", overdue: "true" }));
    // Search: a common word, a rare phrase, a T-number, and a 2-letter term (too short for trigrams).
    for (const q of ["logo", "campaign 254", "T-4242", "lo"]) {
      await time(`listTickets page 1, q=${q} (${actor.role})`, () => listTickets(actor, { q }));
    }
  }
} finally {
  await closeDb();
}
