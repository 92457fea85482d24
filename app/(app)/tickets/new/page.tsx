import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { complexityOptions, departmentOptions, priorityOptions, productOptions } from "../options";
import { TicketForm } from "../ticket-form";

export const metadata = { title: "New request" };

export default async function NewTicketPage() {
  const actor = await requireActor();
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="mb-2">
        <Link href="/tickets">
          <ArrowLeft /> Tickets
        </Link>
      </Button>
      <PageHeader title="New request" description="Who approves it depends on your department: your department's manager first, then the creative manager." />
      <Card>
        <CardContent>
          <TicketForm departments={await departmentOptions()} products={await productOptions(actor)} priorities={priorityOptions} complexities={complexityOptions} />
        </CardContent>
      </Card>
    </>
  );
}
