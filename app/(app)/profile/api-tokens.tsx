"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { CopyButton } from "@/components/forms/copy-button";
import { SelectField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ApiTokenTable } from "@/components/tokens/api-token-table";
import { DEFAULT_TOKEN_DAYS } from "@/lib/auth/token-expiry";
import type { ApiTokenView } from "@/lib/auth/tokens";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { createApiTokenAction, revokeApiTokenAction, type NewToken } from "./actions";

const expiryOptions = [
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
  { value: "never", label: "Never" },
];

export function ApiTokens({ tokens }: { tokens: ApiTokenView[] }) {
  const [state, action] = useFormAction(createApiTokenAction, initialFormState as FormState<NewToken>);
  return (
    <div className="grid gap-6">
      <form action={action} className="grid items-start gap-4 sm:grid-cols-[1fr_10rem_auto]" noValidate>
        <TextField state={state} name="name" label="Token name" placeholder="e.g. Reporting script" required />
        <SelectField state={state} name="expiresInDays" label="Expires" options={expiryOptions} defaultValue={String(DEFAULT_TOKEN_DAYS)} />
        <SubmitButton className="sm:mt-6">Create token</SubmitButton>
        <div className="sm:col-span-3">
          <FormMessage state={state} />
        </div>
      </form>
      {state.ok && state.data && (
        <div className="grid gap-2 rounded-lg border bg-muted/40 p-4" data-testid="new-token">
          <p className="text-sm font-medium">{state.data.name}: shown once</p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="min-w-0 flex-1 break-all rounded bg-background px-2 py-1 font-mono text-xs">{state.data.token}</code>
            <CopyButton value={state.data.token} label="Copy token" />
          </div>
        </div>
      )}
      <ApiTokenTable tokens={tokens} revoke={revokeApiTokenAction} tokenField="id" empty="No personal API tokens yet." />
    </div>
  );
}
