import { describe, expect, it } from "vitest";
import { getUser } from "@/lib/users/queries";
import { updateProfile } from "@/lib/users/self-service";
import { actorOf, makeUser, rejects, reload } from "./helpers";

describe("notification preferences on the profile", () => {
  it("a user saves preferences and reads them back; channels are deduplicated", async () => {
    const member = actorOf(await makeUser("member"));
    const prefs = { "ticket.assigned": ["in_app", "email", "in_app"], "job.daily_reminder": [] };
    const saved = await updateProfile(member, { notificationPrefs: prefs });
    const expected = { "ticket.assigned": ["in_app", "email"], "job.daily_reminder": [] };
    expect(saved.notificationPrefs).toEqual(expected);
    expect((await getUser(member, member.id)).notificationPrefs).toEqual(expected);
  });

  it("an unknown kind and an unknown channel are field errors, and nothing is saved", async () => {
    const member = actorOf(await makeUser("member"));
    const kindError = await rejects(updateProfile(member, { notificationPrefs: { "ticket.exploded": ["in_app"] } }), "invalid");
    expect(kindError.fields?.["notificationPrefs.ticket.exploded"]?.[0]).toMatch(/Unknown notification kind/);
    const channelError = await rejects(updateProfile(member, { notificationPrefs: { "ticket.assigned": ["in_app", "pigeon"] } }), "invalid");
    expect(Object.keys(channelError.fields ?? {})).toEqual(["notificationPrefs.ticket.assigned.1"]);
    expect((await reload(member.id)).notificationPrefs).toEqual({});
  });

  it("another user's preferences are untouched", async () => {
    const alice = actorOf(await makeUser("member"));
    const bob = actorOf(await makeUser("member"));
    await updateProfile(bob, { notificationPrefs: { "ticket.overdue": ["telegram"] } });
    await updateProfile(alice, { notificationPrefs: { "ticket.overdue": ["email"], "job.assigned": ["in_app"] } });
    expect((await getUser(bob, bob.id)).notificationPrefs).toEqual({ "ticket.overdue": ["telegram"] });
    expect((await getUser(alice, alice.id)).notificationPrefs).toEqual({ "ticket.overdue": ["email"], "job.assigned": ["in_app"] });
  });
});
