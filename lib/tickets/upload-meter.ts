import { AppError } from "@/lib/errors";

/** How many of the first bytes the type is decided from, and how many of the last a zip's directory is read from. */
export const HEAD_BYTES = 64 * 1024;
export const TAIL_BYTES = 64 * 1024;

export const tooLarge = (maxMb: number) => new AppError("too_large", `The file is larger than the limit of ${maxMb} MB.`);

export type Metered = {
  /** The same chunks, counted: throws too_large as soon as the count passes the limit. */
  chunks: AsyncIterable<Uint8Array>;
  /** Bytes passed so far. */
  size(): number;
  /** The first HEAD_BYTES and the last TAIL_BYTES, joined: enough to tell the type (see detectType). */
  sniffed(): Uint8Array;
};

/**
 * Counts a stream of chunks on its way to storage and keeps only its ends. `onHead` sees the first
 * bytes once there are HEAD_BYTES of them (or the stream has ended), so a file of a refused type
 * stops there instead of being stored whole. Memory stays at a few chunks whatever the file's size.
 */
export function meterUpload(source: AsyncIterable<Uint8Array>, maxMb: number, onHead: (head: Uint8Array) => void): Metered {
  const maxBytes = maxMb * 1024 * 1024;
  let size = 0;
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  let headSeen = false;
  const seeHead = () => {
    if (headSeen) return;
    headSeen = true;
    onHead(head);
  };
  async function* pass() {
    for await (const chunk of source) {
      size += chunk.byteLength;
      if (size > maxBytes) throw tooLarge(maxMb);
      const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const take = Math.max(0, HEAD_BYTES - head.length);
      if (take) head = Buffer.concat([head, buf.subarray(0, take)]);
      // A copy, so a large chunk is not kept alive by its last bytes.
      if (buf.length > take) tail = Buffer.from(Buffer.concat([tail, buf.subarray(take)]).subarray(-TAIL_BYTES));
      if (head.length >= HEAD_BYTES) seeHead();
      yield chunk;
    }
    seeHead();
  }
  return {
    chunks: pass(),
    size: () => size,
    sniffed: () => Buffer.concat([head, tail]),
  };
}
