import { apiRoute } from "@/lib/api/handler";
import { methods, wholeList } from "@/lib/api/routes";
import { AppError } from "@/lib/errors";
import { addAttachment, listAttachments } from "@/lib/tickets";

type Id = { id: string };

/** The `file` field of a multipart/form-data body. */
async function uploadedFile(req: Request) {
  if (!req.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data"))
    throw new AppError("unsupported_type", "Send the file as multipart/form-data with a field named “file”.");
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new AppError("invalid", "The multipart body could not be read");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("invalid", "Some fields are not valid", { file: ["Attach a file in the field “file”"] });
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export const { GET, POST, PUT, PATCH, DELETE } = methods<Id>({
  GET: apiRoute<Id>(async (actor, { params }) => wholeList(await listAttachments(actor, params.id))),
  POST: apiRoute<Id>(async (actor, { req, params }) => addAttachment(actor, params.id, await uploadedFile(req)), { status: 201 }),
});
