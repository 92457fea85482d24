import { Badge } from "@/components/ui/badge";
import type { UserStatus } from "@/lib/users/schemas";

const variants = { active: "success", inactive: "secondary", pending: "warning", locked: "destructive" } as const;

export function StatusBadge({ status }: { status: UserStatus }) {
  return (
    <Badge variant={variants[status]} data-testid="user-status">
      {status}
    </Badge>
  );
}
