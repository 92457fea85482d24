import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/time/date-time";

export type Stage = { label: string; at: Date | null; who: string | null };

/** The stages of the workflow, reached ones marked with who and when. */
export function StatusCard({ stages }: { stages: Stage[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Status</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-2 text-sm" data-testid="ticket-timeline">
          {stages.map((s) => (
            <li key={s.label} className="flex items-start gap-2" data-done={s.at ? "true" : "false"}>
              <span className={`mt-1.5 size-2 shrink-0 rounded-full ${s.at ? "bg-primary" : "bg-muted-foreground/30"}`} aria-hidden />
              <span className={s.at ? undefined : "text-muted-foreground"}>
                {s.label}
                {s.at && (
                  <span className="block text-xs text-muted-foreground">
                    {s.who ? `${s.who} · ` : ""}
                    <DateTime value={s.at} />
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
