import Link from "next/link";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { registrationOptions } from "@/lib/users/self-service";
import { RegisterForm } from "./register-form";

export const metadata = { title: "Register" };
export const dynamic = "force-dynamic";

export default async function RegisterPage() {
  const { registrationEnabled, departments } = await registrationOptions();
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-xl">Create an account</CardTitle>
        <CardDescription>An admin or your department&apos;s manager approves new accounts.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {registrationEnabled ? (
          <RegisterForm departments={departments.map((d) => ({ value: d.id, label: d.name }))} />
        ) : (
          <>
            <Alert data-testid="registration-closed">
              <AlertDescription>Registration is switched off. Ask an admin for an account.</AlertDescription>
            </Alert>
            <Button asChild variant="outline">
              <Link href="/login">Back to sign in</Link>
            </Button>
          </>
        )}
      </CardContent>
    </Card>
  );
}
