import { describe, expect, it } from "vitest";
import type { Actor, Role } from "./actor";
import { assertCan, can, isTicketRequester, managesDepartment, mayApproveCreativeStep, mayApproveDeptStep, mayApproveRegistration, mayEditTicket, mayWorkOnTicket } from "./policy";
import { AppError } from "@/lib/errors";

const actor = (role: Role, departmentId: string | null = null, id = `${role}-id`): Actor => ({ id, username: role, name: role, role, departmentId });
const roles: Role[] = ["admin", "manager", "member", "sales_agent", "technician"];

// Who may do what, written out independently of policy.ts: a change to the table must change this.
const expected: Record<string, Role[]> = {
  "users.list": ["admin", "manager"],
  "users.read": ["admin", "manager"],
  "users.create": ["admin"],
  "users.update": ["admin"],
  "users.delete": ["admin"],
  "users.resetPassword": ["admin"],
  "users.approve": ["admin", "manager"],
  "users.unlock": ["admin", "manager"],
  "departments.read": roles,
  "departments.manage": ["admin"],
  "products.read": roles,
  "products.manage": ["admin"],
  "settings.manage": ["admin"],
  "schedules.run": ["admin"],
  "profile.update": roles,
  "apiTokens.manage": roles,
  "tickets.read": roles,
  "tickets.create": roles,
  "tickets.update": roles,
  "tickets.approve": ["admin", "manager"],
  "tickets.reject": ["admin", "manager"],
  "tickets.assign": ["admin", "manager"],
  "tickets.work": roles,
  "tickets.confirm": roles,
  "tickets.requestChanges": roles,
  "tickets.collaborate": roles,
  "tickets.rollback": ["admin", "manager"],
  "tickets.trash": roles,
  "tickets.listTrash": ["admin", "manager"],
  "tickets.restore": ["admin", "manager"],
  "tickets.deleteForever": ["admin"],
};

describe("permission table", () => {
  for (const [permission, allowed] of Object.entries(expected)) {
    it(`${permission}: only ${allowed.join(", ")}`, () => {
      for (const role of roles) {
        expect(can(actor(role), permission as never), `${role} ${permission}`).toBe(allowed.includes(role));
      }
    });
  }

  it("nobody signed in may do anything", () => {
    expect(can(null, "departments.read")).toBe(false);
    expect(can(undefined, "profile.update")).toBe(false);
  });

  it("assertCan throws forbidden for a refused role and passes for an allowed one", () => {
    expect(() => assertCan(actor("member"), "users.create")).toThrowError(AppError);
    try {
      assertCan(actor("technician"), "settings.manage");
    } catch (e) {
      expect((e as AppError).code).toBe("forbidden");
    }
    expect(() => assertCan(actor("admin"), "users.create")).not.toThrow();
  });
});

describe("managesDepartment", () => {
  const dept = { id: "d1", managerId: "boss" };

  it("is true for the department's named manager, even when they belong elsewhere", () => {
    expect(managesDepartment(actor("manager", "other", "boss"), dept)).toBe(true);
  });
  it("is true for a manager-role member of the department", () => {
    expect(managesDepartment(actor("manager", "d1"), dept)).toBe(true);
  });
  it("is false for a manager of another department", () => {
    expect(managesDepartment(actor("manager", "d2"), dept)).toBe(false);
  });
  it("is false for a member, even the named manager's id with another role", () => {
    expect(managesDepartment(actor("member", "d1"), dept)).toBe(false);
    expect(managesDepartment(actor("member", null, "boss"), dept)).toBe(false);
  });
  it("is false without a department", () => {
    expect(managesDepartment(actor("manager", "d1"), null)).toBe(false);
    expect(managesDepartment(actor("manager", "d1"), undefined)).toBe(false);
  });
});

describe("mayApproveRegistration", () => {
  const dept = { id: "d1", managerId: "boss" };

  it("admins approve anyone, with or without a department", () => {
    expect(mayApproveRegistration(actor("admin"), dept)).toBe(true);
    expect(mayApproveRegistration(actor("admin"), null)).toBe(true);
  });
  it("a manager approves for a department they manage, not for another", () => {
    expect(mayApproveRegistration(actor("manager", null, "boss"), dept)).toBe(true);
    expect(mayApproveRegistration(actor("manager", "d1"), dept)).toBe(true);
    expect(mayApproveRegistration(actor("manager", "d2"), dept)).toBe(false);
    expect(mayApproveRegistration(actor("manager", "d1"), null)).toBe(false);
  });
  it("other roles never approve", () => {
    for (const role of ["member", "sales_agent", "technician"] as Role[]) {
      expect(mayApproveRegistration(actor(role, "d1", "boss"), dept)).toBe(false);
    }
  });
});

describe("ticket predicates", () => {
  const marketing = { id: "mkt", managerId: "mkt-boss", isCreative: false };
  const creative = { id: "cre", managerId: "cre-boss", isCreative: true };
  const ticket = { requesterId: "req", assigneeId: "des" };

  it("dept step: admin; a manager of the requester's (non-creative) department only", () => {
    expect(mayApproveDeptStep(actor("admin"), null)).toBe(true);
    expect(mayApproveDeptStep(actor("manager", "mkt"), marketing)).toBe(true);
    expect(mayApproveDeptStep(actor("manager", "other", "mkt-boss"), marketing)).toBe(true);
    expect(mayApproveDeptStep(actor("manager", "cre"), marketing)).toBe(false);
    expect(mayApproveDeptStep(actor("manager", "cre"), creative)).toBe(false);
    expect(mayApproveDeptStep(actor("member", "mkt"), marketing)).toBe(false);
    expect(mayApproveDeptStep(actor("manager", "mkt"), null)).toBe(false);
  });

  it("creative step: admin; a manager of any creative department", () => {
    expect(mayApproveCreativeStep(actor("admin"), [])).toBe(true);
    expect(mayApproveCreativeStep(actor("manager", "cre"), [creative])).toBe(true);
    expect(mayApproveCreativeStep(actor("manager", "mkt"), [creative])).toBe(false);
    expect(mayApproveCreativeStep(actor("member", "cre"), [creative])).toBe(false);
  });

  it("edit/trash: requester or staff; work: assignee or staff; the requester test ignores role", () => {
    expect(mayEditTicket(actor("member", null, "req"), ticket)).toBe(true);
    expect(mayEditTicket(actor("member", null, "des"), ticket)).toBe(false);
    expect(mayEditTicket(actor("manager"), ticket)).toBe(true);
    expect(mayWorkOnTicket(actor("member", null, "des"), ticket)).toBe(true);
    expect(mayWorkOnTicket(actor("member", null, "req"), ticket)).toBe(false);
    expect(mayWorkOnTicket(actor("admin"), ticket)).toBe(true);
    expect(isTicketRequester(actor("admin"), ticket)).toBe(false);
  });
});
