"use client";

import { useActionState } from "react";
import { CheckboxField, SelectField, TextField, type Option } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { attachmentTypeGroupLabels, attachmentTypeGroups, type Settings } from "@/lib/settings/schemas";
import { updateSettingsAction } from "./actions";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="grid gap-4">
      <legend className="mb-2 text-sm font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

export function SettingsForm({ settings, timeZones }: { settings: Settings; timeZones: Option[] }) {
  const [state, action] = useActionState(updateSettingsAction, initialFormState);
  const number = (name: keyof Settings, label: string, hint?: string) => (
    <TextField state={state} name={name} label={label} hint={hint} type="number" inputMode="numeric" min={1} defaultValue={String(settings[name])} required />
  );
  const typeErrors = state.fields?.attachmentTypes;
  return (
    <form action={action} className="grid gap-8" noValidate>
      <FormMessage state={state} />
      <Section title="Registration">
        <CheckboxField state={state} name="registrationEnabled" label="Anyone may register (an admin or their department's manager approves them)" defaultChecked={settings.registrationEnabled} />
      </Section>
      <Section title="Sign-in limits">
        <div className="grid gap-4 sm:grid-cols-2">
          {number("lockoutThreshold", "Wrong passwords before the account locks")}
          {number("lockoutMinutes", "Lock duration (minutes)")}
          {number("ipLoginLimit", "Sign-in attempts per address", "Counted over the window below; more are refused (429).")}
          {number("ipLoginWindowMinutes", "Window (minutes)")}
          {number("ipRegistrationLimit", "Registrations per address", "Counted over the same window.")}
        </div>
      </Section>
      <Section title="Time zone">
        <SelectField state={state} name="timeZone" label="Organisation time zone" hint="Schedules run and job dates fall in this zone." options={timeZones} defaultValue={settings.timeZone} required />
      </Section>
      <Section title="Attachments">
        {number("attachmentMaxMb", "Largest file (MB)")}
        <div className="grid gap-2" role="group" aria-label="Allowed types" aria-describedby={typeErrors ? "attachmentTypes-error" : undefined}>
          <p className="text-sm font-medium">Allowed types</p>
          {attachmentTypeGroups.map((group) => (
            <CheckboxField key={group} state={state} name={`attachmentType:${group}`} label={attachmentTypeGroupLabels[group]} defaultChecked={settings.attachmentTypes.includes(group)} />
          ))}
          {typeErrors && (
            <p id="attachmentTypes-error" data-testid="attachmentTypes-error" className="text-sm text-destructive">
              {typeErrors.join(" ")}
            </p>
          )}
        </div>
      </Section>
      <div>
        <SubmitButton>Save settings</SubmitButton>
      </div>
    </form>
  );
}
