import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { readSettings } from "@/lib/settings";
import { SettingsForm } from "./settings-form";

export const metadata = { title: "Settings" };

/** Every IANA zone this runtime knows, plus UTC and the stored one (an alias the list leaves out). */
function timeZoneOptions(current: string) {
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone"), current]);
  return [...zones].sort().map((tz) => ({ value: tz, label: tz.replaceAll("_", " ") }));
}

export default async function SettingsPage() {
  const actor = await requireActor();
  if (!can(actor, "settings.manage")) notFound();
  const settings = await readSettings(actor);
  return (
    <>
      <PageHeader title="Settings" description="How the whole organisation works: who may register, how sign-ins are limited, its time zone and what may be attached." />
      <Card className="max-w-2xl">
        <CardContent>
          <SettingsForm settings={settings} timeZones={timeZoneOptions(settings.timeZone)} />
        </CardContent>
      </Card>
    </>
  );
}
