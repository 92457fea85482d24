import { FileText, Trash2 } from "lucide-react";
import Image from "next/image";
import { ConfirmButton } from "@/components/forms/action-button";
import { DateTime } from "@/components/time/date-time";
import type { Actor } from "@/lib/auth/actor";
import { mayDeleteAttachment } from "@/lib/auth/policy";
import { formatBytes } from "@/lib/format-bytes";
import { attachmentLimits, attachmentTypeLabel, inlineContentTypes, listAttachments, type TicketAttachmentView } from "@/lib/tickets";
import { deleteAttachmentAction } from "../actions";
import { AttachmentUploader } from "./attachment-uploader";

type Props = { actor: Actor; ticketId: string };

/** The files on a ticket, oldest first, with the upload controls around them. */
export async function AttachmentsCard({ actor, ticketId }: Props) {
  // The domain lists only attachments of a ticket the actor can see; the limits come from settings.
  const [attachments, limits] = await Promise.all([listAttachments(actor, ticketId), attachmentLimits(actor)]);
  return (
    <AttachmentUploader ticketId={ticketId} limits={limits}>
      <ul aria-label="Attached files" data-testid="attachment-list" className="grid gap-3">
        {attachments.length === 0 && <li className="text-sm text-muted-foreground">No files yet.</li>}
        {attachments.map((a) => (
          <AttachmentRow key={a.id} attachment={a} mayDelete={mayDeleteAttachment(actor, a)} />
        ))}
      </ul>
    </AttachmentUploader>
  );
}

function AttachmentRow({ attachment: a, mayDelete }: { attachment: TicketAttachmentView; mayDelete: boolean }) {
  const href = `/api/v1/attachments/${a.id}`;
  return (
    <li data-testid="attachment" className="flex items-center gap-3 text-sm">
      {inlineContentTypes.has(a.contentType) ? (
        // Raster images are served inline: the thumbnail opens the full picture in a new tab.
        <a href={href} target="_blank" rel="noopener" tabIndex={-1} aria-hidden className="shrink-0">
          <Image src={href} alt="" width={40} height={40} unoptimized data-testid="attachment-thumbnail" className="size-10 rounded-md border object-cover" />
        </a>
      ) : (
        <span aria-hidden className="grid size-10 shrink-0 place-items-center rounded-md border bg-muted text-muted-foreground">
          <FileText className="size-5" />
        </span>
      )}
      <div className="grid min-w-0 flex-1 gap-0.5">
        <a href={href} download className="truncate font-medium underline-offset-4 hover:underline" title={a.originalName}>
          {a.originalName}
        </a>
        <p className="flex flex-wrap gap-x-1.5 text-xs text-muted-foreground">
          <span>{formatBytes(a.size)}</span>·<span>{attachmentTypeLabel(a.contentType)}</span>·<span>{a.uploaderName}</span>·
          <DateTime value={a.createdAt} />
        </p>
      </div>
      {mayDelete && (
        <ConfirmButton
          action={deleteAttachmentAction}
          fields={{ attachmentId: a.id }}
          title="Delete this attachment?"
          description={`“${a.originalName}” will be removed from the ticket for everyone. This cannot be undone.`}
          confirmLabel="Delete"
          variant="ghost"
        >
          <Trash2 /> <span className="sr-only sm:not-sr-only">Delete</span>
          <span className="sr-only"> {a.originalName}</span>
        </ConfirmButton>
      )}
    </li>
  );
}
