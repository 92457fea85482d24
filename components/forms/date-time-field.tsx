"use client";

import { useTimeZone } from "@/components/time/time-zone";
import type { FormState } from "@/lib/forms/form-state";
import { wallTime, zoneName } from "@/lib/time/zone";
import { TextField } from "./fields";

/**
 * A date-time typed in the user's zone. The zone goes with the form (`timeZone`), so the server
 * reads 17:00 as 17:00 where the user is, whichever zone the page was first drawn in.
 */
export function DateTimeField({ state, name, label, value, className }: { state: FormState; name: string; label: string; value: Date | string | null | undefined; className?: string }) {
  const zone = useTimeZone();
  const date = value ? new Date(value) : null;
  // What was typed is kept only if it was typed in this zone.
  const shown = state.values?.timeZone === zone ? state : { ...state, values: undefined };
  return (
    <div className={className}>
      <input type="hidden" name="timeZone" value={zone} />
      {/* Keyed by zone: once the browser's zone takes over, the field shows the time in it. */}
      <TextField
        key={zone}
        state={shown}
        name={name}
        label={label}
        type="datetime-local"
        defaultValue={date ? wallTime(date, zone) : ""}
        hint={`In your time zone: ${zoneName(date ?? new Date(), zone)} (${zone})`}
      />
    </div>
  );
}
