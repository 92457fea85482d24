import { connection } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { AppError, httpStatusOf } from "@/lib/errors";
import { exportUsersCsv } from "@/lib/users/export";

/** The users list as CSV, with the same filters and sort as the page (query string passed through). */
export async function GET(request: Request) {
  await connection();
  const actor = await currentActor();
  if (!actor) return new Response("Sign in first.", { status: 401 });
  try {
    const csv = await exportUsersCsv(actor, Object.fromEntries(new URL(request.url).searchParams));
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="users-${day}.csv"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: httpStatusOf[error.code] });
    throw error;
  }
}
