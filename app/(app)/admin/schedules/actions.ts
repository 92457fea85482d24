"use server";

import { formAction } from "@/lib/forms/form-action";
import { runSchedule, type ScheduleRun } from "@/lib/schedules";

function describeRun(run: ScheduleRun): string {
  if (run.skipped) return run.skipped;
  const total = run.sent.reduce((sum, s) => sum + s.count, 0);
  if (!total) return "Nothing to send: every due reminder went out earlier in this 6-hour window, or nothing is due.";
  return `Sent ${total} notification${total === 1 ? "" : "s"}: ${run.sent.map((s) => `${s.count} ${s.label}`).join(", ")}.`;
}

export const runScheduleAction = formAction((actor, v) => runSchedule(actor, { id: v.id }), {
  revalidate: ["/notifications"],
  message: (_v, run) => describeRun(run),
});
