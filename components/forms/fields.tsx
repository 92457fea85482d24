import { useId } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms/form-state";
import { cn } from "@/lib/utils";

type Common = { name: string; label: string; state: FormState; hint?: string; className?: string };

/** Element ids unique on the page: two forms may both have a "name" field. */
function useFieldIds(name: string) {
  const base = `${useId()}${name}`;
  return { input: base, hint: `${base}-hint`, error: `${base}-error` };
}

/** The value to show: what was just submitted, else the record's value. */
const valueOf = (state: FormState, name: string, fallback?: string | null) => state.values?.[name] ?? fallback ?? "";

function FieldShell({ name, label, state, hint, className, ids, children }: Common & { ids: ReturnType<typeof useFieldIds>; children: React.ReactNode }) {
  const errors = state.fields?.[name];
  return (
    <div className={cn("grid gap-2", className)}>
      <Label htmlFor={ids.input}>{label}</Label>
      {children}
      {hint && !errors && (
        <p id={ids.hint} className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
      {errors && (
        <p id={ids.error} data-testid={`${name}-error`} className="text-sm text-destructive">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

const a11y = (state: FormState, name: string, ids: ReturnType<typeof useFieldIds>, hint?: string) => ({
  id: ids.input,
  name,
  "aria-invalid": state.fields?.[name] ? true : undefined,
  "aria-describedby": state.fields?.[name] ? ids.error : hint ? ids.hint : undefined,
});

export function TextField({ defaultValue, ...props }: Common & Omit<React.ComponentProps<"input">, "name" | "defaultValue"> & { defaultValue?: string | null }) {
  const { name, label, state, hint, className, ...input } = props;
  const secret = input.type === "password";
  const ids = useFieldIds(name);
  return (
    <FieldShell name={name} label={label} state={state} hint={hint} className={className} ids={ids}>
      <Input {...input} {...a11y(state, name, ids, hint)} defaultValue={secret ? undefined : valueOf(state, name, defaultValue)} />
    </FieldShell>
  );
}

export function TextAreaField({ defaultValue, ...props }: Common & Omit<React.ComponentProps<"textarea">, "name" | "defaultValue"> & { defaultValue?: string | null }) {
  const { name, label, state, hint, className, ...rest } = props;
  const ids = useFieldIds(name);
  return (
    <FieldShell name={name} label={label} state={state} hint={hint} className={className} ids={ids}>
      <Textarea {...rest} {...a11y(state, name, ids, hint)} defaultValue={valueOf(state, name, defaultValue)} />
    </FieldShell>
  );
}

export type Option = { value: string; label: string };

export function SelectField(props: Common & { options: Option[]; defaultValue?: string | null; placeholder?: string; required?: boolean; disabled?: boolean }) {
  const { name, label, state, hint, className, options, defaultValue, placeholder, required, disabled } = props;
  const value = valueOf(state, name, defaultValue);
  const ids = useFieldIds(name);
  return (
    <FieldShell name={name} label={label} state={state} hint={hint} className={className} ids={ids}>
      {/* Keyed by value: a form reset restores a select's first mounted value, not a changed defaultValue. */}
      <Select key={value} {...a11y(state, name, ids, hint)} defaultValue={value} required={required} disabled={disabled}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FieldShell>
  );
}

export function CheckboxField({ name, label, state, defaultChecked, disabled }: { name: string; label: string; state: FormState; defaultChecked?: boolean; disabled?: boolean }) {
  const submitted = state.values ? state.values[name] === "on" : undefined;
  const isChecked = submitted ?? defaultChecked ?? false;
  return (
    <label className="flex items-center gap-2 text-sm font-medium">
      <input key={String(isChecked)} type="checkbox" name={name} defaultChecked={isChecked} disabled={disabled} className="size-4 rounded border-input accent-primary" />
      {label}
    </label>
  );
}
