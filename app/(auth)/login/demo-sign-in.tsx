"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { initialFormState } from "@/lib/forms/form-state";
import { demoSignInAction } from "./actions";

export type DemoUser = { username: string; name: string; role: string; department: string | null; password: string };

/** The demo's people with their roles and passwords; each row signs in as that person in one click. */
export function DemoSignIn({ users, next }: { users: DemoUser[]; next?: string }) {
  const [state, action, pending] = useActionState(demoSignInAction, initialFormState);
  return (
    <Card data-testid="demo-accounts">
      <CardHeader>
        <CardTitle>Demo workspace</CardTitle>
        <CardDescription>Sign in as any role in one click, or type the username and password shown.</CardDescription>
      </CardHeader>
      <CardContent>
        <form action={action} className="grid gap-2">
          <FormMessage state={state} />
          <input type="hidden" name="next" value={next ?? ""} />
          <ul className="grid divide-y text-sm">
            {users.map((u) => (
              <li key={u.username} className="flex items-center justify-between gap-3 py-2">
                <span className="min-w-0">
                  <span className="font-medium">{u.name}</span>
                  <span className="block text-xs text-muted-foreground">
                    {u.role.replace("_", " ")}
                    {u.department ? ` · ${u.department}` : ""} ·{" "}
                    <code className="font-mono">
                      {u.username} / {u.password}
                    </code>
                  </span>
                </span>
                <Button type="submit" name="as" value={u.username} size="sm" variant="outline" disabled={pending} aria-label={`Sign in as ${u.name} (${u.role.replace("_", " ")})`}>
                  Sign in as {u.name.split(" ")[0]}
                </Button>
              </li>
            ))}
          </ul>
        </form>
      </CardContent>
    </Card>
  );
}
