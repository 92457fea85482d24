import { describe, expect, it } from "vitest";
import { HEAD_BYTES, meterUpload, TAIL_BYTES } from "./upload-meter";

async function* chunksOf(total: number, size: number, fill = (i: number) => i % 251) {
  for (let at = 0; at < total; at += size) yield Uint8Array.from({ length: Math.min(size, total - at) }, (_, i) => fill(at + i));
}
const drain = async (chunks: AsyncIterable<Uint8Array>) => {
  let n = 0;
  for await (const c of chunks) n += c.byteLength;
  return n;
};

describe("meterUpload", () => {
  it("passes every byte through and keeps exactly the first and last bytes, whatever the chunk sizes", async () => {
    for (const size of [1000, 64 * 1024, 100_000]) {
      const total = 300_000;
      const m = meterUpload(chunksOf(total, size), 1, () => undefined);
      expect(await drain(m.chunks)).toBe(total);
      expect(m.size()).toBe(total);
      const expected = Uint8Array.from([...Array(HEAD_BYTES).keys(), ...Array.from({ length: TAIL_BYTES }, (_, i) => total - TAIL_BYTES + i)], (i) => i % 251);
      expect(Buffer.from(m.sniffed()).equals(Buffer.from(expected)), `chunks of ${size}`).toBe(true);
    }
  });

  it("throws too_large as soon as the count passes the limit, not at the end", async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled += 64 * 1024;
        yield new Uint8Array(64 * 1024);
      }
    }
    const m = meterUpload(endless(), 1, () => undefined);
    await expect(drain(m.chunks)).rejects.toMatchObject({ code: "too_large", message: "The file is larger than the limit of 1 MB." });
    expect(pulled).toBe(1024 * 1024 + 64 * 1024);
  });

  it("shows the first bytes once, early for a long file and at the end for a short one; its refusal stops the stream", async () => {
    const seen: number[] = [];
    const long = meterUpload(chunksOf(500_000, 10_000), 1, (head) => {
      seen.push(head.byteLength);
      throw new Error("refused");
    });
    await expect(drain(long.chunks)).rejects.toThrow("refused");
    expect(long.size()).toBeLessThan(HEAD_BYTES + 10_000);
    const short = meterUpload(chunksOf(100, 10), 1, (head) => seen.push(head.byteLength));
    await drain(short.chunks);
    expect(seen).toEqual([HEAD_BYTES, 100]);
  });
});
