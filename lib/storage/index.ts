import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { env } from "@/lib/env";

/**
 * Where uploaded files live. Keys are generated here (`newStorageKey`), never taken from user input;
 * the disk implementation refuses any key that is not one of them. An object store can implement
 * the same three calls later. Files move as streams both ways: a file is never held in memory whole.
 */
export interface FileStorage {
  /** Stores the chunks as they come; if the source fails, nothing stays behind and its error is thrown. */
  write(key: string, chunks: AsyncIterable<Uint8Array>): Promise<void>;
  /** The stored file as a stream, and its size; throws if there is no such key. */
  open(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number }>;
  /** Removes the file; a key that is already gone is not an error. */
  delete(key: string): Promise<void>;
}

/** A fresh random key: 32 hex characters, safe as a file name on every platform. */
export const newStorageKey = () => randomBytes(16).toString("hex");

const KEY = /^[0-9a-f]{32}$/;

/** Files under `root`, fanned out by the key's first two characters (`ab/abcdef…`). */
export function diskStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error("Invalid storage key");
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async write(key, chunks) {
      const file = pathOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      try {
        // "wx": never overwrite an existing file.
        await pipeline(chunks, createWriteStream(file, { flags: "wx" }));
      } catch (error) {
        // A partial file goes; one that was there before (EEXIST) is not ours to remove.
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") await fs.rm(file, { force: true });
        throw error;
      }
    },
    async open(key) {
      const file = pathOf(key);
      const { size } = await fs.stat(file);
      return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size };
    },
    async delete(key) {
      await fs.rm(pathOf(key), { force: true });
    },
  };
}

/** The app's attachment storage: `${DATA_DIR}/attachments`. */
export function attachmentStorage(): FileStorage {
  return diskStorage(path.resolve(env().DATA_DIR, "attachments"));
}
