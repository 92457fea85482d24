"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import { readForm, success, toFormState, type FormState } from "@/lib/forms/form-state";
import { registerUser, type Registration } from "@/lib/users/self-service";

export async function registerAction(_prev: FormState<Registration>, formData: FormData): Promise<FormState<Registration>> {
  const values = readForm(formData);
  try {
    const registration = await registerUser({ ...values, telegramHandle: values.telegramHandle || null }, clientIp(await headers()));
    return success(undefined, registration);
  } catch (error) {
    return toFormState(error, values);
  }
}
