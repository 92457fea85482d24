import { AppError } from "@/lib/errors";
import type { Actor, Role } from "./actor";

/**
 * The one table of who may do what. Domain functions call assertCan(); the UI calls can() only to
 * hide or disable controls. Record-level rules (own department, own record) are the predicates below.
 */
const everyone: readonly Role[] = ["admin", "manager", "member", "sales_agent", "technician"];

const permissions = {
  "users.list": ["admin", "manager"],
  "users.read": ["admin", "manager"],
  "users.create": ["admin"],
  "users.update": ["admin"],
  "users.delete": ["admin"],
  "users.resetPassword": ["admin"],
  // Managers approve registrations only for a department they manage: see mayApproveRegistration.
  "users.approve": ["admin", "manager"],
  "users.unlock": ["admin", "manager"],
  // See and revoke another user's personal API tokens.
  "users.manageTokens": ["admin"],
  "departments.read": everyone,
  "departments.manage": ["admin"],
  "products.read": everyone,
  "products.manage": ["admin"],
  "settings.manage": ["admin"],
  // Run a scheduled job (reminders…) now, besides its timer.
  "schedules.run": ["admin"],
  "profile.update": everyone,
  "apiTokens.manage": everyone,
  // Tickets: the role gate; who among them may act on one ticket is the ticket predicates below.
  "tickets.read": everyone,
  "tickets.create": everyone,
  "tickets.update": everyone, // requester, or admin/manager: mayEditTicket
  "tickets.approve": ["admin", "manager"], // which step: mayApproveDeptStep / mayApproveCreativeStep
  "tickets.reject": ["admin", "manager"],
  "tickets.assign": ["admin", "manager"],
  "tickets.work": everyone, // start, complete: the assignee, or admin/manager (mayWorkOnTicket)
  "tickets.confirm": everyone, // the requester only, whatever their role (isTicketRequester)
  "tickets.requestChanges": everyone, // the requester only
  "tickets.collaborate": everyone, // anyone who can see the ticket
  "tickets.rollback": ["admin", "manager"],
  "tickets.trash": everyone, // requester, or admin/manager: mayEditTicket
  "tickets.listTrash": ["admin", "manager"],
  "tickets.restore": ["admin", "manager"],
  "tickets.deleteForever": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;
/** Every permission, for tests that check each one is exercised (the authorisation matrix). */
export const allPermissions = Object.keys(permissions) as Permission[];

/**
 * The role gate, and with a record also its record rule (recordRules below): so
 * can(admin, "tickets.confirm", ticket) is false — only the requester confirms.
 */
export function can(actor: Actor | null | undefined, permission: Permission, record?: TicketRef): boolean {
  if (!actor || !(permissions[permission] as readonly Role[]).includes(actor.role)) return false;
  const rule = record ? recordRules[permission] : undefined;
  return !rule || rule(actor, record!);
}

export function assertCan(actor: Actor, permission: Permission, message?: string): void {
  if (!can(actor, permission)) throw new AppError("forbidden", message ?? "You are not allowed to do this");
}

/** Throws forbidden unless a record-level rule holds. */
export function assertRule(allowed: boolean, message = "You are not allowed to do this"): void {
  if (!allowed) throw new AppError("forbidden", message);
}

export type DepartmentRef = { id: string; managerId: string | null };

/** A manager of a department: its named manager, or a manager-role user who belongs to it. */
export function managesDepartment(actor: Actor, department: DepartmentRef | null | undefined): boolean {
  if (!department || actor.role !== "manager") return false;
  return department.managerId === actor.id || actor.departmentId === department.id;
}

export function mayApproveRegistration(actor: Actor, department: DepartmentRef | null | undefined): boolean {
  if (actor.role === "admin") return true;
  return can(actor, "users.approve") && managesDepartment(actor, department);
}

export const isAdmin = (actor: Actor) => actor.role === "admin";
/** The roles that see and manage every ticket. */
export const staffRoles = ["admin", "manager"] as const satisfies Role[];
export const isStaffManager = (actor: Actor) => (staffRoles as readonly Role[]).includes(actor.role);

/** What the ticket predicates need to know about one ticket. */
export type TicketRef = { requesterId: string; assigneeId: string | null };
export type CreativeDepartmentRef = DepartmentRef & { isCreative: boolean };

export const isTicketRequester = (actor: Actor, ticket: TicketRef) => ticket.requesterId === actor.id;
export const isTicketAssignee = (actor: Actor, ticket: TicketRef) => ticket.assigneeId === actor.id;

/** Edit fields, move to trash: the requester, or an admin/manager. */
export const mayEditTicket = (actor: Actor, ticket: TicketRef) => isStaffManager(actor) || isTicketRequester(actor, ticket);

/** Start, complete: the assignee, or an admin/manager. */
export const mayWorkOnTicket = (actor: Actor, ticket: TicketRef) => isStaffManager(actor) || isTicketAssignee(actor, ticket);
/** An attachment is deleted by whoever uploaded it, or an admin/manager. */
export const mayDeleteAttachment = (actor: Actor, attachment: { uploaderId: string }) => isStaffManager(actor) || attachment.uploaderId === actor.id;

/** Permissions whose role gate is not the whole rule: who among those roles may act on one ticket. */
const recordRules: Partial<Record<Permission, (actor: Actor, ticket: TicketRef) => boolean>> = {
  "tickets.update": mayEditTicket,
  "tickets.trash": mayEditTicket,
  "tickets.work": mayWorkOnTicket,
  "tickets.confirm": isTicketRequester,
  "tickets.requestChanges": isTicketRequester,
};

/** Dept step (requested → pending_creative): admin; a manager of the requester's department, unless it is creative. */
export function mayApproveDeptStep(actor: Actor, requesterDepartment: CreativeDepartmentRef | null | undefined): boolean {
  if (actor.role === "admin") return true;
  return !!requesterDepartment && !requesterDepartment.isCreative && managesDepartment(actor, requesterDepartment);
}

/** Creative step (pending_creative → approved): admin; a manager of any creative department. */
export function mayApproveCreativeStep(actor: Actor, creativeDepartments: readonly DepartmentRef[]): boolean {
  if (actor.role === "admin") return true;
  return creativeDepartments.some((d) => managesDepartment(actor, d));
}
