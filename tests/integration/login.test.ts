import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { updateSettings } from "@/lib/settings";
import { unlockUser } from "@/lib/users/commands";
import type { AppError } from "@/lib/errors";
import { actorOf, expireLock, makeDepartment, makeUser, PASSWORD, rejects, reload, unique, uniqueIp } from "./helpers";

const login = (username: string, password: string, ip = uniqueIp()) => authenticate({ username, password }, ip);

describe("login", () => {
  it("signs in by username in any case and returns the user", async () => {
    const user = await makeUser("member");
    const result = await login(user.username.toUpperCase(), PASSWORD);
    expect(result).toMatchObject({ id: user.id, role: "member", sessionVersion: user.sessionVersion });
    expect((await reload(user.id)).lastLoginAt).not.toBeNull();
  });

  it("an unknown username gets the same sentences, countdown and lock as a known one", async () => {
    const known = await makeUser("member");
    const unknown = unique("nobody_");
    const answers = async (username: string) => {
      const out: { code: string; message: string; attemptsRemaining?: unknown }[] = [];
      for (const p of ["guess-one-1", "guess-two-2", "guess-three-3", PASSWORD]) {
        const e = await login(username, p).then(() => null, (error: AppError) => error);
        out.push({ code: e!.code, message: e!.message, attemptsRemaining: e!.details?.attemptsRemaining });
      }
      return out;
    };
    const fromKnown = await answers(known.username);
    expect(fromKnown.map((a) => a.code)).toEqual(["unauthenticated", "unauthenticated", "locked", "locked"]);
    expect(fromKnown[0]).toEqual({ code: "unauthenticated", message: "Invalid username or password. 2 attempts remaining before the account is locked.", attemptsRemaining: 2 });
    expect(await answers(unknown)).toEqual(fromKnown);
    // The case of the name does not start a new series.
    expect((await rejects(login(unknown.toUpperCase(), "guess-four-4"), "locked")).message).toMatch(/Try again in (29|30) minutes/);
  });

  it("an empty username or password is a field error", async () => {
    const error = await rejects(authenticate({ username: " ", password: "" }, uniqueIp()), "invalid");
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(["username", "password"]));
  });
});

describe("lockout", () => {
  it("counts down the attempts, locks after 3 wrong passwords, and refuses the right password while locked", async () => {
    const user = await makeUser("member");
    expect((await rejects(login(user.username, "wrong-pass-1"), "unauthenticated")).message).toMatch(/2 attempts remaining/);
    expect((await rejects(login(user.username, "wrong-pass-2"), "unauthenticated")).message).toMatch(/1 attempt remaining/);
    const locked = await rejects(login(user.username, "wrong-pass-3"), "locked");
    expect(locked.message).toMatch(/locked for 30 minutes/);

    const stillLocked = await rejects(login(user.username, PASSWORD), "locked");
    expect(stillLocked.message).toMatch(/Try again in (29|30) minutes/);
    const lockedUntil = (await reload(user.id)).lockedUntil!;
    expect(lockedUntil.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(lockedUntil.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
  });

  it("a successful sign-in resets the counter", async () => {
    const user = await makeUser("member");
    await rejects(login(user.username, "wrong-pass-1"), "unauthenticated");
    await rejects(login(user.username, "wrong-pass-2"), "unauthenticated");
    await login(user.username, PASSWORD);
    expect((await rejects(login(user.username, "wrong-pass-3"), "unauthenticated")).message).toMatch(/2 attempts remaining/);
  });

  it("after the lock expires the right password works, and a wrong one starts a new series", async () => {
    const user = await makeUser("member");
    for (const p of ["a-wrong-1", "a-wrong-2", "a-wrong-3"]) await login(user.username, p).catch(() => {});
    await expireLock(user.id);
    expect((await rejects(login(user.username, "a-wrong-4"), "unauthenticated")).message).toMatch(/2 attempts remaining/);
    expect((await reload(user.id)).lockedUntil).toBeNull();

    await expireLock(user.id);
    await expect(login(user.username, PASSWORD)).resolves.toMatchObject({ id: user.id });
    expect(await reload(user.id)).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it("simultaneous wrong passwords all count", async () => {
    const user = await makeUser("member");
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => login(user.username, `wrong-pass-${n}`)));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    await rejects(login(user.username, PASSWORD), "locked");
  });

  it("a manager unlocks a locked account, and the user signs in at once", async () => {
    const dept = await makeDepartment();
    const user = await makeUser("member", dept.id);
    const manager = await makeUser("manager", dept.id);
    for (const p of ["b-wrong-1", "b-wrong-2", "b-wrong-3"]) await login(user.username, p).catch(() => {});
    await rejects(login(user.username, PASSWORD), "locked");

    const view = await unlockUser(actorOf(manager), user.id);
    expect(view.lockedUntil).toBeNull();
    await expect(login(user.username, PASSWORD)).resolves.toMatchObject({ id: user.id });
  });

  it("a member cannot unlock anyone", async () => {
    const user = await makeUser("member");
    const other = await makeUser("member");
    await rejects(unlockUser(actorOf(other), user.id), "forbidden");
  });

  it("the threshold and the duration are settings", async () => {
    const admin = await makeUser("admin");
    await updateSettings(actorOf(admin), { lockoutThreshold: 2, lockoutMinutes: 5 });
    const user = await makeUser("member");
    expect((await rejects(login(user.username, "c-wrong-1"), "unauthenticated")).message).toMatch(/1 attempt remaining/);
    expect((await rejects(login(user.username, "c-wrong-2"), "locked")).message).toMatch(/locked for 5 minutes/);
  });
});

describe("per-IP limit", () => {
  it("refuses with 429 after too many failures from one address, even for the right password; other addresses still work", async () => {
    const admin = await makeUser("admin");
    await updateSettings(actorOf(admin), { ipLoginLimit: 3 });
    const user = await makeUser("member");
    const ip = uniqueIp();
    // Unknown usernames too: spraying many accounts from one address is what the limit stops.
    for (const name of ["ghost-1", "ghost-2", "ghost-3"]) await rejects(login(name, "whatever-1", ip), "unauthenticated");
    const error = await rejects(login(user.username, PASSWORD, ip), "rate_limited");
    expect(error.message).toMatch(/Too many failed sign-in attempts/);
    await expect(login(user.username, PASSWORD, uniqueIp())).resolves.toMatchObject({ id: user.id });
  });
});

describe("lockout as a weapon", () => {
  it("the per-IP limit comes first: one address cannot make the account count past its own limit", async () => {
    const admin = await makeUser("admin");
    await updateSettings(actorOf(admin), { ipLoginLimit: 2, lockoutThreshold: 3 });
    const user = await makeUser("member");
    const attacker = uniqueIp();
    await rejects(login(user.username, "attack-1", attacker), "unauthenticated");
    await rejects(login(user.username, "attack-2", attacker), "unauthenticated");
    for (const n of [3, 4, 5]) await rejects(login(user.username, `attack-${n}`, attacker), "rate_limited");
    expect(await reload(user.id)).toMatchObject({ failedLoginCount: 2, lockedUntil: null });
    await expect(login(user.username, PASSWORD)).resolves.toMatchObject({ id: user.id });
  });
});

describe("accounts that may not sign in", () => {
  it("a user pending approval is told so, with the right password", async () => {
    const user = await makeUser("member", null, { isApproved: false });
    expect((await rejects(login(user.username, PASSWORD), "forbidden")).message).toMatch(/pending approval/);
  });

  it("a deactivated user is told so, with the right password", async () => {
    const user = await makeUser("member", null, { isActive: false });
    expect((await rejects(login(user.username, PASSWORD), "forbidden")).message).toMatch(/deactivated/);
  });

  it("a pending user with a wrong password gets the wrong-password answer (no account status leaked)", async () => {
    const user = await makeUser("member", null, { isApproved: false });
    expect((await rejects(login(user.username, "wrong-pass-9"), "unauthenticated")).message).toMatch(/Invalid username or password/);
  });
});
