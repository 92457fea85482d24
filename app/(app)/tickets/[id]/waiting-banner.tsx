import { CircleAlert, CircleCheck, Clock, Hand } from "lucide-react";
import type { WaitingOn } from "@/lib/tickets";
import { cn } from "@/lib/utils";

/** The top of every ticket: whom it waits on and what happens next (waitingOn, from lib/tickets). */
export function WaitingBanner({ waitingOn }: { waitingOn: WaitingOn }) {
  const tone = waitingOn.stage === "rejected" ? "rejected" : waitingOn.stage === "done" ? "done" : waitingOn.you ? "you" : "other";
  const Icon = { rejected: CircleAlert, done: CircleCheck, you: Hand, other: Clock }[tone];
  return (
    <div
      data-testid="waiting-on"
      data-stage={waitingOn.stage}
      data-you={waitingOn.you ? "true" : "false"}
      className={cn(
        "mb-6 flex items-start gap-3 rounded-lg border px-4 py-3 text-sm",
        tone === "you" && "border-primary/50 bg-primary/5 font-medium",
        tone === "rejected" && "border-destructive/50 text-destructive",
        tone === "done" && "border-emerald-600/40 text-emerald-700 dark:text-emerald-300",
        tone === "other" && "bg-card",
      )}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <p className="whitespace-pre-wrap">{waitingOn.message}</p>
    </div>
  );
}
