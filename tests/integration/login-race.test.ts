import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import type { AppError } from "@/lib/errors";
import { updateSettings } from "@/lib/settings";
import { actorOf, makeUser, PASSWORD, reload, unique, uniqueIp } from "./helpers";

// Runs on PGlite and, with DATABASE_URL, on PostgreSQL with a pool of connections: there the
// attempts really are simultaneous.
type Answer = "in" | "wrong" | "locking" | "locked" | "rate_limited";

/** Fires every guess at once, each from its own address unless one is given; classifies the answers. */
async function burst(username: string, guesses: string[], ip?: () => string): Promise<Answer[]> {
  const results = await Promise.allSettled(guesses.map((password) => authenticate({ username, password }, ip ? ip() : uniqueIp())));
  return results.map((r) => {
    if (r.status === "fulfilled") return "in";
    const e = r.reason as AppError;
    if (e.code === "unauthenticated") return "wrong";
    // The wrong password that reached the threshold says "locked for 30 minutes after 3 failed attempts".
    if (e.code === "locked") return /after \d+ failed attempts/.test(e.message) ? "locking" : "locked";
    if (e.code === "rate_limited") return "rate_limited";
    throw e;
  });
}

const tally = (answers: Answer[]) => Object.fromEntries((["in", "wrong", "locking", "locked", "rate_limited"] as const).map((k) => [k, answers.filter((a) => a === k).length]));
const wrongGuesses = (n: number) => Array.from({ length: n }, (_, i) => `wrong-guess-${i}`);

describe("simultaneous sign-in attempts against one account (threshold 3)", () => {
  for (const size of [20, 50]) {
    it(`a burst of ${size} wrong guesses checks exactly 3 passwords, then the right password is refused`, async () => {
      const user = await makeUser("member");
      const answers = tally(await burst(user.username, wrongGuesses(size)));
      expect(answers).toEqual({ in: 0, wrong: 2, locking: 1, locked: size - 3, rate_limited: 0 });
      expect((await burst(user.username, [PASSWORD]))[0]).toBe("locked");
      expect((await reload(user.id)).lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    });

    it(`a burst of ${size} with the right password 7th never checks more than 3`, async () => {
      for (let round = 0; round < 3; round++) {
        const user = await makeUser("member");
        const guesses = wrongGuesses(size);
        guesses[6] = PASSWORD;
        const answers = tally(await burst(user.username, guesses));
        // Sent at once, the 7th may still arrive among the first three places: then it is one of
        // the three passwords checked and may get in. What never happens is a fourth check.
        expect(answers.in + answers.wrong + answers.locking).toBeLessThanOrEqual(3);
        if (answers.in === 0) expect((await burst(user.username, [PASSWORD]))[0]).toBe("locked");
      }
    });
  }

  it("with one attempt left, a burst with the right password checks one password at most", async () => {
    const user = await makeUser("member");
    await burst(user.username, ["first-wrong-1"]);
    await burst(user.username, ["second-wrong-2"]);
    const guesses = wrongGuesses(20);
    guesses[10] = PASSWORD;
    const answers = tally(await burst(user.username, guesses));
    // Either the right password took the last place and got in, or a wrong one took it and locked
    // the account before any other password was checked.
    expect(answers.in).toBeLessThanOrEqual(1);
    if (answers.in === 0) expect(answers).toEqual({ in: 0, wrong: 0, locking: 1, locked: 19, rate_limited: 0 });
  });
});

describe("simultaneous sign-in attempts from one address", () => {
  it("of 40 failures at once with a limit of 20, exactly 20 are checked", async () => {
    const admin = await makeUser("admin");
    await updateSettings(actorOf(admin), { ipLoginLimit: 20 });
    const ip = uniqueIp();
    // 40 different unknown names, so no account lock is involved: only the address limit.
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => authenticate({ username: unique("spray_"), password: "guess-pass-1" }, ip)));
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as AppError).code : "in"));
    expect(codes.filter((c) => c === "unauthenticated")).toHaveLength(20);
    expect(codes.filter((c) => c === "rate_limited")).toHaveLength(20);
    // The right password from that address is refused too.
    const user = await makeUser("member");
    expect((await burst(user.username, [PASSWORD], () => ip))[0]).toBe("rate_limited");
  });

  it("a burst against one account from one address counts no more than the address may", async () => {
    const admin = await makeUser("admin");
    await updateSettings(actorOf(admin), { ipLoginLimit: 2 });
    const user = await makeUser("member");
    const ip = uniqueIp();
    const answers = tally(await burst(user.username, wrongGuesses(30), () => ip));
    expect(answers).toEqual({ in: 0, wrong: 2, locking: 0, locked: 0, rate_limited: 28 });
    expect((await reload(user.id)).lockedUntil).toBeNull();
  });
});
