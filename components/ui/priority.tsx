import { Flame, SignalHigh, SignalLow, SignalMedium } from "lucide-react";
import { cn } from "@/lib/utils";

/** The priorities tickets and jobs share, low to urgent. */
export type Priority = "low" | "medium" | "high" | "urgent";

const look: Record<Priority, { label: string; Icon: React.ComponentType<{ className?: string }>; className: string }> = {
  low: { label: "Low", Icon: SignalLow, className: "text-muted-foreground" },
  medium: { label: "Medium", Icon: SignalMedium, className: "text-foreground" },
  high: { label: "High", Icon: SignalHigh, className: "text-amber-700 dark:text-amber-300" },
  urgent: { label: "Urgent", Icon: Flame, className: "text-red-700 dark:text-red-300" },
};

export const priorityLabel = (p: Priority) => look[p].label;

/** "High" with its signal icon: the word carries the meaning, the icon and colour help scanning. */
export function PriorityLabel({ priority, className }: { priority: Priority; className?: string }) {
  const { label, Icon, className: tone } = look[priority];
  return (
    <span data-testid="priority" className={cn("inline-flex items-center gap-1", tone, className)}>
      <Icon className="size-3.5 shrink-0" aria-hidden />
      {label}
    </span>
  );
}
