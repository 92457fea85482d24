import { connection } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { AppError, httpStatusOf } from "@/lib/errors";
import { listTicketsForExport } from "@/lib/tickets";
import { csvRow } from "@/lib/users/export";

const header = ["number", "title", "status", "priority", "complexity", "requester", "assignee", "department", "product", "deadline", "estimated_hours", "actual_hours", "created", "completed", "confirmed"];

/** The tickets list as CSV, with the same filters and sort as the page (ticketsFilter, visibility included). */
export async function GET(request: Request) {
  await connection();
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  try {
    const params = new URL(request.url).searchParams;
    // The "Needs my action" view exports what it shows.
    const rows = await listTicketsForExport(actor, Object.fromEntries(params), { needsAction: params.get("view") === "action" });
    const csv =
      csvRow(header) +
      rows
        .map((t) =>
          csvRow([t.key, t.title, t.status, t.priority, t.complexity, t.requesterName, t.assigneeName, t.departmentName, t.productName, t.deadline, t.estimatedHours, t.actualHours, t.createdAt, t.completedAt, t.confirmedAt]),
        )
        .join("");
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="tickets-${day}.csv"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: httpStatusOf[error.code] });
    throw error;
  }
}
