import { describe, expect, it } from "vitest";
import { hashPassword, passwordMatchesUsername, passwordSchema, verifyPassword } from "./passwords";

const problems = (password: string) => {
  const result = passwordSchema.safeParse(password);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("password rules", () => {
  it("accepts a reasonable password", () => {
    expect(problems("correct-Horse-7")).toEqual([]);
  });
  it("needs at least 8 characters", () => {
    expect(problems("Ab3-xyz")).toContain("Password must be at least 8 characters");
    expect(problems("Ab3-xyzw")).toEqual([]);
  });
  it("refuses all digits", () => {
    expect(problems("8675309123")).toContain("Password cannot be all digits");
  });
  it("refuses common passwords, whatever the case", () => {
    expect(problems("password123").join()).toMatch(/too common/);
    expect(problems("PassWord123").join()).toMatch(/too common/);
    expect(problems("qwertyuiop").join()).toMatch(/too common/);
  });
  it("refuses a missing password with a message, not a crash", () => {
    expect(passwordSchema.safeParse(undefined).error?.issues[0].message).toBe("Password is required");
  });
});

describe("password equal to the username", () => {
  it("matches ignoring case and surrounding spaces", () => {
    expect(passwordMatchesUsername("JohnSmith99", "johnsmith99")).toBe(true);
    expect(passwordMatchesUsername(" johnsmith99 ", "JohnSmith99")).toBe(true);
  });
  it("does not match a different password or a missing username", () => {
    expect(passwordMatchesUsername("johnsmith99!", "johnsmith99")).toBe(false);
    expect(passwordMatchesUsername("johnsmith99", undefined)).toBe(false);
  });
});

describe("hashing", () => {
  it("stores argon2id, verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct-Horse-7");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain("correct-Horse-7");
    expect(await verifyPassword(hash, "correct-Horse-7")).toBe(true);
    expect(await verifyPassword(hash, "correct-horse-7")).toBe(false);
  });
  it("salts: the same password hashes differently", async () => {
    expect(await hashPassword("correct-Horse-7")).not.toBe(await hashPassword("correct-Horse-7"));
  });
  it("a malformed stored hash is a refusal, not an exception", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
