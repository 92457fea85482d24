import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { createUser, deleteUser, resetPassword, updateUser } from "@/lib/users/commands";
import { changePassword, updateProfile } from "@/lib/users/self-service";
import { actorOf, deactivateAllAdmins, makeUser, PASSWORD, rejects, reload, unique, uniqueIp } from "./helpers";

const newUser = (extra: Record<string, unknown> = {}) => {
  const username = unique("made_");
  return { username, name: "Made By Admin", email: `${username}@example.com`, password: "Solid-pass-42", ...extra };
};

describe("admin creates users", () => {
  it("a created user is approved at once and can sign in", async () => {
    const admin = actorOf(await makeUser("admin"));
    const input = newUser({ role: "technician" });
    const view = await createUser(admin, input);
    expect(view).toMatchObject({ username: input.username, role: "technician", isApproved: true, isActive: true });
    await expect(authenticate({ username: input.username, password: input.password }, uniqueIp())).resolves.toMatchObject({ id: view.id });
  });

  it("a duplicate username, in another case, is a field error", async () => {
    const admin = actorOf(await makeUser("admin"));
    const input = newUser();
    await createUser(admin, input);
    const error = await rejects(createUser(admin, newUser({ username: input.username.toUpperCase() })), "conflict");
    expect(error.fields).toEqual({ username: ["That username is taken"] });
  });

  it("applies every password rule as a field error", async () => {
    const admin = actorOf(await makeUser("admin"));
    const passwordError = async (extra: Record<string, unknown>) => (await rejects(createUser(admin, newUser(extra)), "invalid")).fields?.password?.[0];
    expect(await passwordError({ password: "short1" })).toMatch(/at least 8/);
    expect(await passwordError({ password: "1234567890" })).toMatch(/all digits/);
    expect(await passwordError({ password: "password123" })).toMatch(/too common/);
    expect(await passwordError({ username: "Jordan_Lee", password: "jordan_lee" })).toMatch(/same as the username/);
  });

  it("only admins create users", async () => {
    const manager = actorOf(await makeUser("manager"));
    await rejects(createUser(manager, newUser()), "forbidden");
  });
});

describe("never oneself", () => {
  it("an admin cannot demote, deactivate or delete themselves", async () => {
    const admin = await makeUser("admin");
    await makeUser("admin"); // another admin exists, so only the self rule can refuse
    expect((await rejects(updateUser(actorOf(admin), admin.id, { role: "member" }), "forbidden")).message).toMatch(/own role/);
    expect((await rejects(updateUser(actorOf(admin), admin.id, { isActive: false }), "forbidden")).message).toMatch(/deactivate yourself/);
    await rejects(deleteUser(actorOf(admin), admin.id), "forbidden");
    expect(await reload(admin.id)).toMatchObject({ role: "admin", isActive: true });
  });

  it("nobody changes their own role, approval or active flag through the profile", async () => {
    const member = await makeUser("member");
    for (const patch of [{ role: "admin" }, { isApproved: false }, { isActive: false }]) {
      await rejects(updateProfile(actorOf(member), patch), "invalid");
    }
    expect(await reload(member.id)).toMatchObject({ role: "member", isApproved: true, isActive: true });
    await expect(updateProfile(actorOf(member), { name: "New Name", telegramHandle: "@my_handle" })).resolves.toMatchObject({ name: "New Name", telegramHandle: "my_handle" });
  });

  it("non-admins cannot change users", async () => {
    const manager = await makeUser("manager");
    const member = await makeUser("member");
    await rejects(updateUser(actorOf(manager), member.id, { role: "admin" }), "forbidden");
    await rejects(deleteUser(actorOf(manager), member.id), "forbidden");
    await rejects(resetPassword(actorOf(manager), member.id, { password: "Solid-pass-43" }), "forbidden");
  });
});

describe("the last active admin", () => {
  // Earlier tests in this file leave admins behind: each test here starts with none active.
  beforeEach(deactivateAllAdmins);

  // A second admin whose request was authorised a moment before they were deactivated acts on the last one.
  async function lastAdminAndAStaleOne() {
    const last = await makeUser("admin");
    const stale = await makeUser("admin", null, { isActive: false });
    return { last, stale: actorOf(stale) };
  }

  it("cannot be demoted (409)", async () => {
    const { last, stale } = await lastAdminAndAStaleOne();
    expect((await rejects(updateUser(stale, last.id, { role: "manager" }), "conflict")).message).toMatch(/last active admin/);
    expect((await reload(last.id)).role).toBe("admin");
  });

  it("cannot be deactivated (409)", async () => {
    const { last, stale } = await lastAdminAndAStaleOne();
    await rejects(updateUser(stale, last.id, { isActive: false }), "conflict");
    expect((await reload(last.id)).isActive).toBe(true);
  });

  it("cannot be deleted (409)", async () => {
    const { last, stale } = await lastAdminAndAStaleOne();
    await rejects(deleteUser(stale, last.id), "conflict");
    expect(await reload(last.id)).toBeDefined();
  });

  it("with two admins, one may demote the other", async () => {
    const a = await makeUser("admin");
    const b = await makeUser("admin");
    await expect(updateUser(actorOf(a), b.id, { role: "member" })).resolves.toMatchObject({ role: "member" });
  });

  it("two admins demoting each other at the same moment: exactly one wins, the other gets 409", async () => {
    const a = await makeUser("admin");
    const b = await makeUser("admin");
    const results = await Promise.allSettled([updateUser(actorOf(a), b.id, { role: "member" }), updateUser(actorOf(b), a.id, { role: "member" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [failure] = results.filter((r) => r.status === "rejected");
    expect((failure.reason as { code?: string }).code, String(failure.reason)).toBe("conflict");
    const roles = [(await reload(a.id)).role, (await reload(b.id)).role].sort();
    expect(roles).toEqual(["admin", "member"]);
  });

  it("two admins deactivating each other at the same moment: one admin stays active", async () => {
    const a = await makeUser("admin");
    const b = await makeUser("admin");
    const results = await Promise.allSettled([updateUser(actorOf(a), b.id, { isActive: false }), updateUser(actorOf(b), a.id, { isActive: false })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const active = [(await reload(a.id)).isActive, (await reload(b.id)).isActive].filter(Boolean);
    expect(active).toHaveLength(1);
  });
});

describe("passwords", () => {
  it("changing your own password needs the current one and refuses your username", async () => {
    const user = await makeUser("member");
    const me = actorOf(user);
    const wrong = await rejects(changePassword(me, { currentPassword: "not-it-at-all", newPassword: "Brand-new-42", newPasswordConfirm: "Brand-new-42" }), "invalid");
    expect(wrong.fields?.currentPassword).toEqual(["Current password is wrong. 2 attempts remaining before the account is locked."]);
    const same = await rejects(changePassword(me, { currentPassword: PASSWORD, newPassword: user.username.toUpperCase(), newPasswordConfirm: user.username.toUpperCase() }), "invalid");
    expect(same.fields?.newPassword).toEqual(["Password cannot be the same as the username"]);

    await changePassword(me, { currentPassword: PASSWORD, newPassword: "Brand-new-42", newPasswordConfirm: "Brand-new-42" });
    await rejects(authenticate({ username: user.username, password: PASSWORD }, uniqueIp()), "unauthenticated");
    await expect(authenticate({ username: user.username, password: "Brand-new-42" }, uniqueIp())).resolves.toMatchObject({ id: user.id });
  });

  it("guessing the current password of a password change locks the account like failed sign-ins", async () => {
    const user = await makeUser("member");
    const me = actorOf(user);
    const guess = (currentPassword: string) => changePassword(me, { currentPassword, newPassword: "Brand-new-42", newPasswordConfirm: "Brand-new-42" });
    await rejects(guess("guess-number-1"), "invalid");
    await rejects(guess("guess-number-2"), "invalid");
    const locked = await rejects(guess("guess-number-3"), "locked");
    expect(locked.message).toMatch(/Account locked/);
    // Locked means locked: the right current password is refused too, and so is a sign-in.
    await rejects(guess(PASSWORD), "locked");
    await rejects(authenticate({ username: user.username, password: PASSWORD }, uniqueIp()), "locked");
    expect((await reload(user.id)).passwordHash).toBe(user.passwordHash);
  });

  it("an admin's reset sets a new password, clears a lock and refuses the username", async () => {
    const admin = actorOf(await makeUser("admin"));
    const user = await makeUser("member", null, { lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 3 });
    const same = await rejects(resetPassword(admin, user.id, { password: user.username }), "invalid");
    expect(same.fields?.password).toBeDefined();
    await resetPassword(admin, user.id, { password: "Reset-pass-42" });
    await expect(authenticate({ username: user.username, password: "Reset-pass-42" }, uniqueIp())).resolves.toMatchObject({ id: user.id });
  });
});
