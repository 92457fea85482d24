/** One uploaded file as the domain reads it: its size is checked before, and its bytes are counted while, it is read. */
export type FileUpload = {
  /** The request's announced size (Content-Length), when there is one; it includes the multipart framing. */
  declaredBytes?: number;
  /** Reads up to the file and hands over its name and its bytes as they arrive; called only after the checks that need no body. */
  file(maxBytes: number): Promise<{ name: string; chunks: AsyncIterable<Uint8Array> }>;
  /** Stops reading the request: nothing more of it is needed. */
  dispose?(): void;
};

/** A file already in memory (a test, a script) as an upload. */
export const fileUploadOf = (name: string, bytes: Uint8Array): FileUpload => ({
  declaredBytes: bytes.byteLength,
  file: async () => ({ name, chunks: [bytes] as unknown as AsyncIterable<Uint8Array> }),
});
