"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { initialFormState } from "@/lib/forms/form-state";
import { notificationChannelLabels as channelLabels, notificationChannels, notificationKindLabels, notificationKinds } from "@/lib/notifications/kinds";
import { updateNotificationPrefsAction } from "./actions";

/** A kind never saved shows as in-app only. */
const defaultChannels: readonly string[] = ["in_app"];

export function NotificationPrefsForm({ prefs }: { prefs: Record<string, string[]> }) {
  const [state, action] = useFormAction(updateNotificationPrefsAction, initialFormState);
  const isChecked = (kind: string, channel: string) => {
    const name = `${kind}:${channel}`;
    if (state.values) return state.values[name] === "on";
    return (prefs[kind] ?? defaultChannels).includes(channel);
  };
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage state={state} />
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Notify me when…</TableHead>
            {notificationChannels.map((channel) => (
              <TableHead key={channel} className="text-center">
                {channelLabels[channel]}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {notificationKinds.map((kind) => (
            <TableRow key={kind}>
              <TableCell>{notificationKindLabels[kind]}</TableCell>
              {notificationChannels.map((channel) => {
                const checked = isChecked(kind, channel);
                return (
                  <TableCell key={channel} className="text-center">
                    <input
                      key={String(checked)}
                      type="checkbox"
                      name={`${kind}:${channel}`}
                      defaultChecked={checked}
                      aria-label={`${notificationKindLabels[kind]}: ${channelLabels[channel]}`}
                      className="size-4 rounded border-input accent-primary"
                    />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div>
        <SubmitButton>Save notifications</SubmitButton>
      </div>
    </form>
  );
}
