import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { schedules } from "@/lib/schedules";
import { runScheduleAction } from "./actions";
import { RunNowButton } from "./run-now-button";

export const metadata = { title: "Schedules" };

export default async function SchedulesPage() {
  const actor = await requireActor();
  if (!can(actor, "schedules.run")) notFound();
  return (
    <>
      <PageHeader title="Schedules" description="Work that runs by itself on a timer. Run one now to send what is due without waiting; a reminder already sent in the current six-hour window is not sent again." />
      <div className="grid max-w-3xl gap-4">
        {schedules.map((s) => (
          <Card key={s.id} data-testid={`schedule-${s.id}`}>
            <CardHeader>
              <CardTitle>{s.name}</CardTitle>
              <CardDescription>{s.timing}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <p className="text-sm">{s.description}</p>
              <RunNowButton action={runScheduleAction} id={s.id} name={s.name} />
            </CardContent>
          </Card>
        ))}
      </div>
    </>
  );
}
