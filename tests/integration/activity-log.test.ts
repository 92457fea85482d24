import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { activityLog } from "@/db/schema";
import { createUser, updateUser } from "@/lib/users/commands";
import { actorOf, makeUser, unique } from "./helpers";

async function entriesFor(entityId: string) {
  const db = await getDb();
  return db.select().from(activityLog).where(eq(activityLog.entityId, entityId)).orderBy(activityLog.id);
}

describe("activity log", () => {
  it("records who changed what, old → new", async () => {
    const admin = await makeUser("admin");
    const username = unique("logged_");
    const user = await createUser(actorOf(admin), { username, name: "Logged", email: `${username}@example.com`, password: "Logged-pass-42" });
    await updateUser(actorOf(admin), user.id, { role: "manager" });
    const entries = await entriesFor(user.id);
    expect(entries.map((e) => e.action)).toEqual(["user.created", "user.updated"]);
    expect(entries[1]).toMatchObject({ actorId: admin.id, changes: { role: { from: "member", to: "manager" } } });
  });

  it("is append-only: the database refuses UPDATE and DELETE", async () => {
    const admin = await makeUser("admin");
    const username = unique("kept_");
    const user = await createUser(actorOf(admin), { username, name: "Kept", email: `${username}@example.com`, password: "Kept-pass-42" });
    const db = await getDb();
    await expect(db.update(activityLog).set({ action: "tampered" }).where(eq(activityLog.entityId, user.id))).rejects.toThrow();
    await expect(db.delete(activityLog).where(eq(activityLog.entityId, user.id))).rejects.toThrow();
    await expect(db.execute(sql`delete from activity_log`)).rejects.toThrow();
    expect((await entriesFor(user.id)).map((e) => e.action)).toEqual(["user.created"]);
  });
});
