import { beforeAll, describe, expect, it } from "vitest";
import { createSavedView, deleteSavedView, listPinnedViews, listSavedViews, setSavedViewPinned } from "@/lib/saved-views";
import { actorOf, makeUser, rejects } from "./helpers";
import type { Actor } from "@/lib/auth/actor";

let ana: Actor, ben: Actor, admin: Actor;
beforeAll(async () => {
  ana = actorOf(await makeUser("member"));
  ben = actorOf(await makeUser("member"));
  admin = actorOf(await makeUser("admin"));
});

describe("saved views", () => {
  it("keeps a named filter set per user, without the page, and lists it only to its owner", async () => {
    const view = await createSavedView(ana, { list: "tickets", name: "  Urgent open  ", query: "?priority=urgent&page=3&status=approved" });
    expect(view).toMatchObject({ name: "Urgent open", pinned: false, query: "priority=urgent&status=approved" });
    expect((await listSavedViews(ana, "tickets")).map((v) => v.name)).toEqual(["Urgent open"]);
    expect(await listSavedViews(ben, "tickets")).toEqual([]);
    // Not even an admin sees someone else's views.
    expect(await listSavedViews(admin, "tickets")).toEqual([]);
  });

  it("pins a view into the owner's sidebar; others can neither pin nor delete it", async () => {
    const view = await createSavedView(ana, { list: "tickets", name: "Mine", query: "assigneeId=me" });
    expect(await listPinnedViews(ana)).not.toContainEqual(expect.objectContaining({ id: view.id }));
    await setSavedViewPinned(ana, view.id, true);
    expect(await listPinnedViews(ana)).toContainEqual(expect.objectContaining({ id: view.id, name: "Mine" }));
    expect(await listPinnedViews(ben)).toEqual([]);
    await rejects(setSavedViewPinned(ben, view.id, false), "not_found");
    await rejects(deleteSavedView(admin, view.id), "not_found");
    await deleteSavedView(ana, view.id);
    expect((await listSavedViews(ana, "tickets")).map((v) => v.id)).not.toContain(view.id);
  });

  it("refuses a second view of the same name, an empty name and a list the user may not read", async () => {
    await createSavedView(ben, { list: "tickets", name: "Weekly" });
    await rejects(createSavedView(ben, { list: "tickets", name: "Weekly" }), "conflict");
    // Names are per user: another user may use the same one.
    await createSavedView(ana, { list: "tickets", name: "Weekly" });
    await rejects(createSavedView(ben, { list: "tickets", name: "   " }), "invalid");
    await rejects(createSavedView(ben, { list: "users", name: "People" }), "forbidden");
    await rejects(createSavedView(ben, { list: "tickets", name: "Odd", query: "a\u0000b=1" }), "invalid");
    await rejects(createSavedView(ben, { list: "jobs", name: "Later" }), "invalid");
  });
});
