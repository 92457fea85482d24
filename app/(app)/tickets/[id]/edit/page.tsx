import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { mayEditTicket } from "@/lib/auth/policy";
import { complexityOptions, departmentOptions, priorityOptions, productOptions } from "../../options";
import { TicketForm } from "../../ticket-form";
import { findTicket } from "../find-ticket";

export const metadata = { title: "Edit ticket" };

export default async function EditTicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const ticket = await findTicket(actor, id);
  // The command checks again; this only keeps a page with a form nobody may submit from showing.
  if (!mayEditTicket(actor, ticket)) notFound();
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="mb-2">
        <Link href={`/tickets/${ticket.id}`}>
          <ArrowLeft /> {ticket.key}
        </Link>
      </Button>
      <PageHeader title={`Edit ${ticket.key}`} description={ticket.title} />
      <Card>
        <CardContent>
          <TicketForm ticket={ticket} departments={await departmentOptions()} products={await productOptions(actor, ticket.productId)} priorities={priorityOptions} complexities={complexityOptions} />
        </CardContent>
      </Card>
    </>
  );
}
