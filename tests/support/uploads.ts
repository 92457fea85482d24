import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { BASE_URL, SERVER_PID_FILE } from "./env";

/** The test server's resident memory in MB (from /proc on Linux, `ps` elsewhere). */
export function serverRssMb(): number {
  const pid = fs.readFileSync(SERVER_PID_FILE, "utf8").trim();
  const status = `/proc/${pid}/status`;
  if (fs.existsSync(status)) return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(status, "utf8"))![1]) / 1024;
  return Number(execFileSync("ps", ["-o", "rss=", "-p", pid], { encoding: "utf8" }).trim()) / 1024;
}

/** Samples the server's memory every 50 ms while `work` runs: the highest value above where it started. */
export async function peakRssGrowthMb<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const start = serverRssMb();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, serverRssMb())), 50);
  try {
    const result = await work();
    peak = Math.max(peak, serverRssMb());
    return { result, growthMb: peak - start };
  } finally {
    clearInterval(timer);
  }
}

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: { error?: { code: string; message: string } } & Record<string, unknown>; sentBytes: number };

type RawUpload = {
  ticketId: string;
  token: string;
  name?: string;
  /** The file's first bytes; the rest up to `fileBytes` are spaces. */
  head: Buffer;
  fileBytes: number;
  /** Without Content-Length: chunked transfer encoding, the size unknown until the end. */
  chunked?: boolean;
  /** Stop sending after this many bytes and wait for the answer (a client that is still "uploading"). */
  pauseAfter?: number;
  /** Resolves when sending may go on after `pauseAfter`. */
  resume?: Promise<void>;
};

/**
 * A multipart upload over a raw HTTP/1.1 connection, written chunk by chunk and stopped as soon as
 * the server answers: unlike fetch, it shows how much of the body had gone when the answer came.
 */
export function rawUpload({ ticketId, token, name = "big.pdf", head, fileBytes, chunked, pauseAfter, resume }: RawUpload): Promise<RawAnswer> {
  const boundary = "----crewdesk-test-boundary";
  const before = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const after = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length = before.length + fileBytes + after.length;
  return new Promise((resolve, reject) => {
    const req = http.request(`${BASE_URL}/api/v1/tickets/${ticketId}/attachments`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": `multipart/form-data; boundary=${boundary}`, ...(chunked ? {} : { "content-length": String(length) }) },
    });
    let sent = 0;
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      const sentBytes = sent;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : {}, sentBytes });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const write = async (chunk: Buffer) => {
      sent += chunk.length;
      if (!req.write(chunk)) await new Promise<void>((r) => req.once("drain", () => r()));
    };
    void (async () => {
      await write(before);
      await write(head);
      let left = fileBytes - head.length;
      const filler = Buffer.alloc(256 * 1024, 0x20);
      while (left > 0 && !answered && !req.destroyed) {
        if (pauseAfter !== undefined && sent >= pauseAfter) {
          await resume;
          pauseAfter = undefined;
          continue;
        }
        const chunk = left >= filler.length ? filler : filler.subarray(0, left);
        left -= chunk.length;
        await write(chunk);
      }
      if (!answered && !req.destroyed) req.end(after);
    })().catch(() => undefined);
  });
}

/**
 * A multipart body written by hand, so a test controls the part's Content-Disposition parameters
 * exactly (fetch's FormData escapes CR, LF and quotes in names; `filename*` is how raw ones arrive).
 */
export function multipartBody(dispositionParams: string, bytes: Buffer) {
  const boundary = "----crewdesk-corpus";
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${dispositionParams}\r\nContent-Type: application/octet-stream\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
