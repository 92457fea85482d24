import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import {
  approveTicket,
  assignTicket,
  completeTicket,
  confirmTicket,
  getTicket,
  listTickets,
  rejectTicket,
  requestChanges,
  startTicket,
  trashTicket,
  type TicketActionName,
  type TicketDetail,
} from "@/lib/tickets";
import { AppError } from "@/lib/errors";
import { makeOrg, newTicket, type Org } from "./tickets-fixtures";

let org: Org;
beforeAll(async () => {
  org = await makeOrg();
});

type Stage = "requested" | "pending_creative" | "approved" | "in_progress" | "completed" | "rejected";

async function ticketAt(stage: Stage, assignee: Actor | null = org.designer): Promise<TicketDetail> {
  let t = await newTicket(org.requester);
  if (stage === "requested") return t;
  if (stage === "rejected") return rejectTicket(org.marketingManager, t.id, { reason: "Not this quarter" });
  t = await approveTicket(org.marketingManager, t.id);
  if (stage === "pending_creative") return t;
  t = await approveTicket(org.creativeManager, t.id);
  if (assignee) t = await assignTicket(org.creativeManager, t.id, { assigneeId: assignee.id });
  if (stage === "approved") return t;
  t = await startTicket(assignee ?? org.admin, t.id);
  if (stage === "in_progress") return t;
  return completeTicket(assignee ?? org.admin, t.id);
}

/** The workflow commands that need no more than the ticket (assign gets a valid assignee). */
const commands: Partial<Record<TicketActionName, (actor: Actor, id: string) => Promise<unknown>>> = {
  approve: (a, id) => approveTicket(a, id),
  reject: (a, id) => rejectTicket(a, id),
  start: (a, id) => startTicket(a, id),
  complete: (a, id) => completeTicket(a, id),
  confirm: (a, id) => confirmTicket(a, id),
  requestChanges: (a, id) => requestChanges(a, id, { reason: "Bigger logo" }),
  assign: (a, id) => assignTicket(a, id, { assigneeId: org.designer2.id }),
};

const allowed = async (actor: Actor, id: string) => (await getTicket(actor, id)).allowedActions;

describe("allowedActions comes from the table the commands assert", () => {
  it("names exactly the actions each role may take at each status", async () => {
    const expected: Record<Stage, Partial<Record<keyof Org, TicketActionName[]>>> = {
      requested: {
        requester: ["edit", "trash"],
        marketingManager: ["approve", "reject", "edit", "rollback", "trash"],
        creativeManager: ["edit", "rollback", "trash"],
        admin: ["approve", "reject", "edit", "rollback", "trash"],
      },
      pending_creative: {
        marketingManager: ["edit", "rollback", "trash"],
        creativeManager: ["approve", "reject", "edit", "rollback", "trash"],
        requester: ["edit", "trash"],
      },
      approved: { designer: ["start"], requester: ["edit", "trash"], salesManager: ["start", "assign", "edit", "rollback", "trash"] },
      in_progress: { designer: ["complete"], admin: ["complete", "assign", "edit", "rollback", "trash"] },
      completed: { requester: ["confirm", "requestChanges", "edit", "trash"], admin: ["edit", "rollback", "trash"], designer: [] },
      rejected: { requester: ["edit", "trash"], marketingManager: ["edit", "rollback", "trash"] },
    };
    for (const [stage, byRole] of Object.entries(expected) as [Stage, Record<string, TicketActionName[]>][]) {
      const t = await ticketAt(stage);
      for (const [who, actions] of Object.entries(byRole)) {
        expect({ stage, who, actions: await allowed(org[who as keyof Org] as Actor, t.id) }).toEqual({ stage, who, actions });
      }
    }
  });

  it("every command succeeds exactly when allowedActions offers it, for every role and status", async () => {
    const people = ["admin", "creativeManager", "designer", "marketingManager", "salesManager", "requester", "colleague"] as const;
    const stages: Stage[] = ["requested", "pending_creative", "approved", "in_progress", "completed", "rejected"];
    for (const stage of stages) {
      const shared = await ticketAt(stage);
      for (const who of people) {
        const actor = org[who];
        let offered: TicketActionName[];
        try {
          offered = await allowed(actor, shared.id);
        } catch (error) {
          // Not visible: every command is 404 too.
          expect((error as AppError).code).toBe("not_found");
          continue;
        }
        for (const [name, run] of Object.entries(commands) as [TicketActionName, (a: Actor, id: string) => Promise<unknown>][]) {
          if (offered.includes(name)) {
            // A fresh ticket at the same stage, so one success does not move the shared one.
            const fresh = await ticketAt(stage);
            await expect(run(actor, fresh.id), `${who} ${name} at ${stage}`).resolves.toBeDefined();
          } else {
            const error = await run(actor, shared.id).then(
              () => null,
              (e: unknown) => e,
            );
            expect(error, `${who} ${name} at ${stage} should be refused`).toBeInstanceOf(AppError);
            expect(["forbidden", "conflict"]).toContain((error as AppError).code);
          }
        }
      }
    }
  }, 120_000);

  it("can() with the record: an admin may not confirm someone else's ticket, the requester may", async () => {
    const t = await ticketAt("completed");
    expect(can(org.admin, "tickets.confirm")).toBe(true);
    expect(can(org.admin, "tickets.confirm", t)).toBe(false);
    expect(can(org.requester, "tickets.confirm", t)).toBe(true);
    expect(can(org.designer, "tickets.work", t)).toBe(true);
    expect(can(org.designer2, "tickets.work", t)).toBe(false);
  });

  it("lists carry allowedActions too, and a trashed ticket offers only restore to staff", async () => {
    const t = await ticketAt("completed");
    const page = await listTickets(org.requester, { q: t.key });
    expect(page.items.find((i) => i.id === t.id)?.allowedActions).toEqual(["confirm", "requestChanges", "edit", "trash"]);
    const trashed = await trashTicket(org.admin, t.id);
    expect(trashed.allowedActions).toEqual(["restore"]);
  });
});

describe("waitingOn says whom the ticket waits on, from the viewer's side", () => {
  it("each stage, for the person it waits on and for the others", async () => {
    const requested = await ticketAt("requested");
    const marketing = org.marketing.name;
    const managerName = org.marketingManager.name;
    expect((await getTicket(org.requester, requested.id)).waitingOn).toEqual({
      stage: "dept_approval",
      userIds: [org.marketingManager.id],
      you: false,
      message: `Waiting for ${managerName} (${marketing} manager) to approve`,
    });
    expect((await getTicket(org.marketingManager, requested.id)).waitingOn).toMatchObject({ you: true, message: "Waiting for you to approve or reject" });
    expect((await getTicket(org.admin, requested.id)).waitingOn.message).toBe(`Waiting for ${managerName} (${marketing} manager) to approve`);

    const pending = await ticketAt("pending_creative");
    expect((await getTicket(org.requester, pending.id)).waitingOn.message).toMatch(/^Waiting for (.+ \(.+ manager\)|the creative manager) to approve$/);
    expect((await getTicket(org.creativeManager, pending.id)).waitingOn).toMatchObject({ stage: "creative_approval", you: true, message: "Waiting for you to approve or reject" });

    const unassigned = await ticketAt("approved", null);
    expect((await getTicket(org.requester, unassigned.id)).waitingOn).toMatchObject({ stage: "assignment", message: "Waiting for a designer to be assigned" });
    const approved = await ticketAt("approved");
    expect((await getTicket(org.designer, approved.id)).waitingOn).toMatchObject({ stage: "start", you: true, message: "Waiting for you to start work" });
    expect((await getTicket(org.requester, approved.id)).waitingOn.message).toBe(`Waiting for ${org.designer.name} to start work`);

    const working = await ticketAt("in_progress");
    expect((await getTicket(org.designer, working.id)).waitingOn.message).toBe("Waiting for you to complete the work");

    const done = await ticketAt("completed");
    expect((await getTicket(org.requester, done.id)).waitingOn).toMatchObject({ stage: "confirmation", you: true, message: "Waiting for you to confirm or request changes" });
    expect((await getTicket(org.designer, done.id)).waitingOn.message).toBe(`Waiting for ${org.requester.name} (requester) to confirm or request changes`);
    const confirmed = await confirmTicket(org.requester, done.id);
    expect(confirmed.waitingOn).toMatchObject({ stage: "done", message: "Done: confirmed by you" });

    const rejected = await ticketAt("rejected");
    expect((await getTicket(org.requester, rejected.id)).waitingOn).toMatchObject({ stage: "rejected", message: `Rejected by ${managerName}: Not this quarter` });
  });
});
