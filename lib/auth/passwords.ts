import { hash, verify } from "@node-rs/argon2";
import { singleLine } from "@/lib/schemas/text";
import { isCommonPassword } from "./common-passwords";

// argon2id with OWASP's recommended minimums (19 MiB, 2 iterations).
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash of a random string: verifying against it costs as much as a real user's, so a login for an
// unknown username takes as long as one for a known username.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string) {
  dummyHash ??= hashPassword("crewdesk-no-such-user-" + Math.random());
  await verifyPassword(await dummyHash, password);
}

/** The password rules of SPEC §1, except "not the username", which needs the username: see passwordIssues. */
export const passwordSchema = singleLine("Password is required")
  .min(8, "Password must be at least 8 characters")
  .max(200, "Password must be at most 200 characters")
  .refine((p) => !/^\d+$/.test(p), "Password cannot be all digits")
  .refine((p) => !isCommonPassword(p), "Password is too common; choose something harder to guess");

export function passwordMatchesUsername(password: string, username: string | undefined): boolean {
  return !!username && password.trim().toLowerCase() === username.trim().toLowerCase();
}
