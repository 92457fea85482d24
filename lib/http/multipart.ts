import { Readable } from "node:stream";
import { pipeline } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/lib/errors";
import type { FileUpload } from "./file-upload";

const noFile = (field: string) => new AppError("invalid", "Some fields are not valid", { [field]: [`Attach a file in the field “${field}”`] });
const unreadable = () => new AppError("invalid", "The multipart body could not be read");
const cutOff = () => new AppError("invalid", "The upload ended before the file was complete");

/** The file's chunks; a body that breaks off or is malformed mid-file is the client's error (400), not ours. */
async function* chunksOf(stream: AsyncIterable<Uint8Array>) {
  try {
    yield* stream;
  } catch (error) {
    throw error instanceof AppError ? error : cutOff();
  }
}

/**
 * The `field` file of a multipart/form-data request, streamed: busboy parses the body as it arrives
 * and nothing is buffered beyond a chunk. Nothing is read until `file()` is called, so a request
 * refused first (unknown ticket, too large by its Content-Length) never has its body read.
 */
export function multipartUpload(req: Request, field = "file"): FileUpload {
  const length = req.headers.get("content-length");
  let stop = () => {};
  return {
    declaredBytes: length !== null && /^\d{1,15}$/.test(length) ? Number(length) : undefined,
    dispose: () => stop(),
    file: (maxBytes) =>
      new Promise((resolve, reject) => {
        const contentType = req.headers.get("content-type") ?? "";
        if (!contentType.toLowerCase().startsWith("multipart/form-data"))
          return reject(new AppError("unsupported_type", `Send the file as multipart/form-data with a field named “${field}”.`));
        if (!req.body) return reject(noFile(field));
        let parser: busboy.Busboy;
        try {
          // One byte over the limit reaches the caller's counter, which refuses it.
          parser = busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8", limits: { fileSize: maxBytes + 1, files: 5, fields: 20, fieldSize: 64 * 1024, parts: 30, headerPairs: 50 } });
        } catch {
          return reject(unreadable());
        }
        let found = false;
        parser.on("file", (name, stream, info) => {
          if (name !== field || found) return void stream.resume();
          found = true;
          resolve({ name: info.filename ?? "", chunks: chunksOf(stream) });
        });
        parser.on("close", () => {
          if (!found) reject(noFile(field));
        });
        const body = Readable.fromWeb(req.body as unknown as NodeReadableStream<Uint8Array>);
        stop = () => {
          body.unpipe(parser);
          body.pause();
          parser.removeAllListeners("file");
        };
        // An error before the file is found is the answer; one after it reaches the file's stream.
        pipeline(body, parser, (error) => {
          if (error && !found) reject(unreadable());
        });
      }),
  };
}
