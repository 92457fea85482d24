"use server";

import { formAction } from "@/lib/forms/form-action";
import { orNull } from "@/lib/forms/form-state";
import { addComment } from "@/lib/tickets";

/** Posts a comment, or a reply when the form names a parent; on success the box comes back empty. */
export const addCommentAction = formAction((actor, v) => addComment(actor, v.id, { body: v.body ?? "", parentId: orNull(v.parentId) }), {
  revalidate: (v) => [`/tickets/${v.id}`],
});
