import { CircleAlert, CircleCheck } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The form-wide message. Tests and users find it by data-testid="form-error" / "form-success":
 * Next's route announcer also has role=alert, so the role alone is ambiguous.
 */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  if (state.ok) {
    return (
      <Alert variant="success" data-testid="form-success" role="status">
        <CircleCheck />
        <AlertDescription>{state.message}</AlertDescription>
      </Alert>
    );
  }
  return (
    <Alert variant="destructive" data-testid="form-error" data-code={state.code}>
      <CircleAlert />
      <AlertDescription>{state.message}</AlertDescription>
    </Alert>
  );
}
