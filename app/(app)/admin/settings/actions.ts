"use server";

import { formAction } from "@/lib/forms/form-action";
import { checked } from "@/lib/forms/form-state";
import { updateSettings } from "@/lib/settings";
import { attachmentTypeGroups } from "@/lib/settings/schemas";

/** The form posts every field; updateSettings changes (and records) only those whose value differs. */
const input = (v: Record<string, string>) => ({
  registrationEnabled: checked(v, "registrationEnabled"),
  lockoutThreshold: v.lockoutThreshold,
  lockoutMinutes: v.lockoutMinutes,
  ipLoginLimit: v.ipLoginLimit,
  ipLoginWindowMinutes: v.ipLoginWindowMinutes,
  ipRegistrationLimit: v.ipRegistrationLimit,
  timeZone: v.timeZone,
  attachmentMaxMb: v.attachmentMaxMb,
  attachmentTypes: attachmentTypeGroups.filter((group) => checked(v, `attachmentType:${group}`)),
});

export const updateSettingsAction = formAction((actor, v) => updateSettings(actor, input(v)), {
  revalidate: ["/admin/settings"],
  message: "Settings saved.",
  keepValues: true,
});
