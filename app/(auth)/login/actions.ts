"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { loginSchema } from "@/lib/auth/login";
import { signIn, SignInRefused } from "@/lib/auth/next-auth";
import { AppError, parseInput } from "@/lib/errors";
import { readForm, toFormState, type FormState } from "@/lib/forms/form-state";
import { safeNext } from "@/lib/auth/safe-next";
import { isDemo } from "@/lib/setup/bootstrap";
import { demoUsers } from "@/lib/setup/demo";

export async function loginAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = readForm(formData);
  try {
    const { username, password } = parseInput(loginSchema, values);
    await signIn("credentials", { username, password, redirect: false });
  } catch (error) {
    if (error instanceof SignInRefused) return toFormState(error.appError, values);
    if (error instanceof AuthError) return toFormState(new AppError("unauthenticated", "Sign-in failed. Please try again."), values);
    return toFormState(error, values);
  }
  redirect(safeNext(values.next));
}

/** "Sign in as…" on the embedded demo: one click signs in as that demo user, through the same sign-in. */
export async function demoSignInAction(prev: FormState, formData: FormData): Promise<FormState> {
  const user = demoUsers.find((u) => u.username === formData.get("as"));
  if (!user || !(await isDemo())) return toFormState(new AppError("forbidden", "Signing in with one click is only for the demo."));
  const credentials = new FormData();
  credentials.set("username", user.username);
  credentials.set("password", user.password);
  credentials.set("next", String(formData.get("next") ?? ""));
  return loginAction(prev, credentials);
}
