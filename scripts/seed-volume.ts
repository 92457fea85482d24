// npm run seed:volume -- --tickets 100000
// Fills the configured database (DATABASE_URL, or the embedded one under DATA_DIR) with a realistic
// volume: departments, users, tickets in every status, comments and history — set-based
// INSERT … SELECT generate_series, so 100k tickets take seconds, not hours. Each run adds a new batch
// (its users are named seed_<run>_<n>). For the embedded database, stop the server first.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());

const { values } = parseArgs({ options: { tickets: { type: "string", default: "100000" }, users: { type: "string", default: "300" } } });
const ticketCount = Number(values.tickets);
const userCount = Number(values.users);
if (!Number.isInteger(ticketCount) || ticketCount < 1 || !Number.isInteger(userCount) || userCount < 10) {
  console.error("seed:volume: --tickets must be a positive integer and --users an integer ≥ 10");
  process.exit(1);
}

// Imported after .env is loaded: lib/env reads the environment once.
const { sql } = await import("drizzle-orm");
const { closeDb, getDb, handle } = await import("@/db");
const { ensureDatabase } = await import("@/db/migrate");
const { hashPassword } = await import("@/lib/auth/passwords");

async function serverIsRunning(): Promise<boolean> {
  const port = Number(process.env.PORT || 3000);
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

if (!process.env.DATABASE_URL && (await serverIsRunning())) {
  console.error("seed:volume: the server is running on the embedded database; stop it first (PGlite allows one process).");
  process.exit(1);
}

const run = randomBytes(3).toString("hex");
const prefix = `seed_${run}_`;
const started = Date.now();
const step = async (label: string, query: ReturnType<typeof sql>) => {
  const t = Date.now();
  const db = await getDb();
  // node-postgres reports rowCount, PGlite affectedRows.
  const result = (await db.execute(query)) as unknown as { rowCount?: number | null; affectedRows?: number };
  console.log(`${label}: ${result.rowCount ?? result.affectedRows ?? "?"} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
};

try {
  await ensureDatabase();
  console.log(`seed:volume on ${(await handle()).kind}: run ${run}, ${ticketCount} tickets, ${userCount} users`);
  // Users cannot sign in with a password nobody knows; an admin may reset one.
  const passwordHash = await hashPassword(randomBytes(24).toString("base64url"));

  await step(
    "departments",
    sql`insert into departments (name, is_creative)
        select 'Seed ' || ${run} || ' ' || (array['Creative', 'Studio', 'Marketing', 'Sales', 'Operations', 'Finance', 'Events', 'Product'])[g], g <= 2
        from generate_series(1, 8) g`,
  );
  await step(
    "users",
    sql`insert into users (username, name, email, role, department_id, password_hash, is_approved)
        select ${prefix} || g, 'Seed User ' || g, ${prefix} || g || '@example.com',
               (case when g <= 8 then 'manager' when g % 10 = 0 then 'sales_agent' else 'member' end)::user_role,
               d.ids[1 + (g % 8)], ${passwordHash}, true
        from generate_series(1, ${userCount}) g,
             (select array_agg(id order by name) ids from departments where name like ${`Seed ${run} %`}) d`,
  );
  // The first eight users manage one department each.
  await step(
    "managers",
    sql`update departments d set manager_id = u.id from users u
        where u.username like ${prefix + "%"} and u.role = 'manager' and u.department_id = d.id`,
  );
  await step(
    "tickets",
    sql`with pool as (
          select array_agg(u.id order by u.id) filter (where not d.is_creative) as req_ids,
                 array_agg(u.department_id order by u.id) filter (where not d.is_creative) as req_depts,
                 array_agg(u.id order by u.id) filter (where d.is_creative and u.role = 'member') as designers,
                 (select manager_id from departments where name like ${`Seed ${run} %`} and is_creative and manager_id is not null limit 1) as creative_manager
          from users u join departments d on d.id = u.department_id where u.username like ${prefix + "%"}
        ), base as (
          select g, r, r2, r3, created,
                 -- Done 2–21 days after the request, or (for recent requests) some time before now: never in the future.
                 case when created + (2 + floor(r * 20)::int) * interval '1 day' < now() then created + (2 + floor(r * 20)::int) * interval '1 day'
                      else created + (now() - created) * r end as done,
                 case when r < 0.08 then 'requested' when r < 0.14 then 'pending_creative' when r < 0.24 then 'approved'
                      when r < 0.40 then 'in_progress' when r < 0.92 then 'completed' else 'rejected' end as status,
                 1 + floor(r2 * cardinality(pool.req_ids))::int as ri,
                 1 + floor(r3 * cardinality(pool.designers))::int as di,
                 pool.*
          from (select g, random() r, random() r2, random() r3, now() - random() * interval '365 days' as created
                from generate_series(1, ${ticketCount}) g) s, pool
        )
        insert into tickets (title, description, requester_id, department_id, priority, deadline, complexity, estimated_hours,
                             status, assignee_id, dept_approved_by_id, dept_approved_at, creative_approved_by_id, creative_approved_at,
                             rejected_by_id, rejected_at, rejection_reason, started_at, completed_at, confirmed_by_id, confirmed_at,
                             deleted_at, created_at, updated_at)
        select (array['Poster', 'Banner', 'Flyer', 'Video cut', 'Social post', 'Brochure', 'Logo refresh', 'Landing page art'])[1 + g % 8] || ' for campaign ' || (g % 997),
               'Seeded request ' || g || ': sizes, copy and references in the brief.',
               b.req_ids[b.ri], b.req_depts[b.ri],
               (array['low', 'medium', 'medium', 'high', 'urgent'])[1 + floor(b.r3 * 5)::int]::ticket_priority,
               case when b.r2 < 0.85 then b.created + (2 + floor(b.r3 * 40)::int) * interval '1 day' end,
               (array['low', 'medium', 'high'])[1 + g % 3]::ticket_complexity,
               (1 + g % 24)::numeric,
               b.status::ticket_status,
               case when b.status in ('approved', 'in_progress', 'completed') and b.r2 < 0.95 then b.designers[b.di] end,
               case when b.status <> 'requested' and not (b.status = 'rejected' and b.r2 < 0.5) then d.manager_id end,
               case when b.status <> 'requested' and not (b.status = 'rejected' and b.r2 < 0.5) then b.created + interval '4 hours' end,
               case when b.status in ('approved', 'in_progress', 'completed') then b.creative_manager end,
               case when b.status in ('approved', 'in_progress', 'completed') then b.created + interval '1 day' end,
               case when b.status = 'rejected' then d.manager_id end,
               case when b.status = 'rejected' then b.created + interval '5 hours' end,
               case when b.status = 'rejected' then 'Out of scope for this quarter' end,
               case when b.status in ('in_progress', 'completed') then least(b.created + interval '2 days', b.done) end,
               case when b.status = 'completed' then b.done end,
               case when b.status = 'completed' and b.r3 < 0.7 then b.req_ids[b.ri] end,
               case when b.status = 'completed' and b.r3 < 0.7 then least(now(), b.done + interval '1 day') end,
               case when b.r3 > 0.98 then now() - interval '1 day' end,
               b.created, b.created + interval '2 days'
        from base b left join departments d on d.id = b.req_depts[b.ri]`,
  );
  const seeded = sql`t.requester_id in (select id from users where username like ${prefix + "%"})`;
  await step(
    "comments",
    sql`insert into ticket_comments (ticket_id, author_id, body, created_at)
        select t.id, case when n % 2 = 1 then t.requester_id else coalesce(t.assignee_id, t.requester_id) end,
               'Seeded comment ' || n || ' on T-' || t.number || ': looks good, one more round on the colours please.',
               t.created_at + n * interval '3 hours'
        from tickets t cross join lateral generate_series(1, (t.number * 7919) % 5) n
        where ${seeded}`,
  );
  await step(
    "history",
    sql`insert into activity_log (entity_type, entity_id, actor_id, action, changes, created_at)
        select 'ticket', t.id::text, e.actor_id, e.action, e.changes, e.at
        from tickets t cross join lateral (values
          ('ticket.created', t.requester_id, jsonb_build_object('status', jsonb_build_object('from', null, 'to', 'requested')), t.created_at),
          ('ticket.dept_approved', t.dept_approved_by_id, jsonb_build_object('status', jsonb_build_object('from', 'requested', 'to', 'pending_creative')), t.dept_approved_at),
          ('ticket.approved', t.creative_approved_by_id, jsonb_build_object('status', jsonb_build_object('from', 'pending_creative', 'to', 'approved')), t.creative_approved_at),
          ('ticket.rejected', t.rejected_by_id, jsonb_build_object('status', jsonb_build_object('to', 'rejected')), t.rejected_at),
          ('ticket.started', t.assignee_id, jsonb_build_object('status', jsonb_build_object('from', 'approved', 'to', 'in_progress')), t.started_at),
          ('ticket.completed', t.assignee_id, jsonb_build_object('status', jsonb_build_object('from', 'in_progress', 'to', 'completed')), t.completed_at),
          ('ticket.confirmed', t.confirmed_by_id, '{}'::jsonb, t.confirmed_at)
        ) as e(action, actor_id, changes, at)
        where ${seeded} and e.at is not null`,
  );
  // Vacuum too, as autovacuum soon would: counts then read the indexes alone (index-only scans).
  for (const table of ["tickets", "ticket_comments", "activity_log"]) await step(`vacuum analyze ${table}`, sql.raw(`vacuum analyze ${table}`));
  console.log(`seed:volume: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`seed:volume: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
