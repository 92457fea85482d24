import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { activityLog } from "@/db/schema";
import { createDepartment, getDepartment, updateDepartment } from "@/lib/departments";
import { createProduct, getProduct, updateProduct } from "@/lib/products";
import { getSettings, readSettings, updateSettings } from "@/lib/settings";
import { getTicket, updateTicket } from "@/lib/tickets";
import { updateUser } from "@/lib/users/commands";
import { getUser } from "@/lib/users/queries";
import { updateProfile } from "@/lib/users/self-service";
import { makeOrg, newTicket } from "./tickets-fixtures";
import { actorOf, makeUser, unique } from "./helpers";

// zod 4 applies `.default()` inside `.partial()`: each PATCH schema is checked here by what a user
// would see — a one-key update changes that key and leaves every other one as it was.

/** Everything but the key that was changed (and the bookkeeping that moves with any change). */
const rest = <T extends Record<string, unknown>>(record: T, ...keys: string[]) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k) && !["updatedAt", "version"].includes(k)));

async function lastEntry(entityType: string, entityId: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(activityLog)
    .where(and(eq(activityLog.entityType, entityType), eq(activityLog.entityId, entityId)))
    .orderBy(desc(activityLog.id))
    .limit(1);
  return row;
}

describe("a one-key update changes one key", () => {
  it("settings: a PATCH of the time zone keeps registration, the lockout, the limits and the upload types; history names only the time zone", async () => {
    const admin = actorOf(await makeUser("admin"));
    await updateSettings(admin, { registrationEnabled: false, lockoutThreshold: 5, lockoutMinutes: 45, ipLoginLimit: 40, attachmentMaxMb: 10, attachmentTypes: ["pdf"] });
    const before = await readSettings(admin);
    const after = await updateSettings(admin, { timeZone: "Europe/Berlin" });
    expect(after).toEqual({ ...before, timeZone: "Europe/Berlin" });
    expect(await getSettings()).toEqual(after);
    expect((await lastEntry("settings", "settings")).changes).toEqual({ timeZone: { from: before.timeZone, to: "Europe/Berlin" } });
  });

  it("settings: a PATCH that changes nothing writes no history entry", async () => {
    const admin = actorOf(await makeUser("admin"));
    const before = await readSettings(admin);
    const entry = await lastEntry("settings", "settings");
    await updateSettings(admin, { lockoutMinutes: before.lockoutMinutes });
    expect((await lastEntry("settings", "settings"))?.id).toBe(entry?.id);
  });

  it("products: renaming keeps the description and the active flag", async () => {
    const admin = actorOf(await makeUser("admin"));
    const product = await createProduct(admin, { name: unique("Banner "), description: "Roll-up", isActive: false });
    const renamed = await updateProduct(admin, product.id, { name: product.name + " XL" });
    expect(rest(renamed, "name")).toEqual(rest(product, "name"));
    expect(await getProduct(admin, product.id)).toMatchObject({ description: "Roll-up", isActive: false });
    expect(Object.keys((await lastEntry("product", product.id)).changes)).toEqual(["name"]);
  });

  it("departments: renaming keeps the description, the manager and the creative flag", async () => {
    const admin = actorOf(await makeUser("admin"));
    const manager = await makeUser("manager");
    const dept = await createDepartment(admin, { name: unique("Studio "), description: "Makes things", managerId: manager.id, isCreative: true });
    await updateDepartment(admin, dept.id, { name: dept.name + " 2" });
    expect(rest(await getDepartment(admin, dept.id), "name")).toEqual(rest(dept, "name"));
  });

  it("users (admin edit): a new name keeps the role, department, phone, Telegram handle and active flag", async () => {
    const admin = actorOf(await makeUser("admin"));
    const { marketing } = await makeOrg();
    const user = await makeUser("manager", marketing.id, { phone: "+49 30 1234567", telegramHandle: "crew_person" });
    const before = await getUser(admin, user.id);
    await updateUser(admin, user.id, { name: "Renamed Person" });
    expect(rest(await getUser(admin, user.id), "name")).toEqual(rest(before, "name"));
    expect(Object.keys((await lastEntry("user", user.id)).changes)).toEqual(["name"]);
  });

  it("profile: a new phone keeps the name, email, Telegram handle and notification preferences", async () => {
    const me = actorOf(await makeUser("member", null, { telegramHandle: "me_myself", notificationPrefs: { "ticket.assigned": ["email"] } }));
    const before = await getUser(me, me.id);
    await updateProfile(me, { phone: "+1 555 0100" });
    expect(rest(await getUser(me, me.id), "phone")).toEqual(rest(before, "phone"));
  });

  it("notification preferences: one kind changes that kind; the others keep their channels", async () => {
    const me = actorOf(await makeUser("member", null, { notificationPrefs: { "ticket.assigned": ["email"], "ticket.overdue": ["telegram"] } }));
    const saved = await updateProfile(me, { notificationPrefs: { "ticket.overdue": [] } });
    expect(saved.notificationPrefs).toEqual({ "ticket.assigned": ["email"], "ticket.overdue": [] });
    expect((await lastEntry("user", me.id)).changes).toEqual({
      notificationPrefs: { from: { "ticket.assigned": ["email"], "ticket.overdue": ["telegram"] }, to: { "ticket.assigned": ["email"], "ticket.overdue": [] } },
    });
  });

  it("tickets: a new title keeps the deadline, department, product, priority, complexity and hours", async () => {
    const org = await makeOrg();
    const admin = actorOf(await makeUser("admin"));
    const product = await createProduct(admin, { name: unique("Flyer ") });
    const ticket = await newTicket(org.requester, {
      deadline: new Date("2031-05-06T07:08:00Z"),
      departmentId: org.creative.id,
      productId: product.id,
      complexity: "high",
      estimatedHours: 6,
    });
    const before = await getTicket(org.requester, ticket.id);
    await updateTicket(org.requester, ticket.id, { title: "A new title" });
    expect(rest(await getTicket(org.requester, ticket.id), "title")).toEqual(rest(before, "title"));
  });
});
