import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * Where uploaded files live. Keys are generated here (`newStorageKey`), never taken from user input;
 * the disk implementation refuses any key that is not one of them. An object store can implement
 * the same three calls later.
 */
export interface FileStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes; throws if there is no such key. */
  get(key: string): Promise<Uint8Array<ArrayBuffer>>;
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
    async put(key, bytes) {
      const file = pathOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // "wx": never overwrite an existing file.
      await fs.writeFile(file, bytes, { flag: "wx" });
    },
    async get(key) {
      return new Uint8Array(await fs.readFile(pathOf(key)));
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
