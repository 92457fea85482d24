import type { UserStatus } from "./schemas";

/** The one status a user is shown with, in the same precedence as the list's status filter. */
export function userStatus(u: { isApproved: boolean; isActive: boolean; lockedUntil: Date | string | null }, now = new Date()): UserStatus {
  if (!u.isApproved) return "pending";
  if (!u.isActive) return "inactive";
  if (u.lockedUntil && new Date(u.lockedUntil) > now) return "locked";
  return "active";
}
