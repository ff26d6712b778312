/**
 * Reads at most `maxBytes` of a response body, then cancels the rest. A hostile or broken server
 * can send gigabytes; neither the registry update nor the sweep should hold more than it needs.
 */

/** The minimal `fetch` this project injects: the platform's fetch fits, and so does a test double. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface BoundedBody {
  bytes: Uint8Array;
  /** True when the body was longer than `maxBytes` (the rest was not read). */
  truncated: boolean;
}

/** Reads up to `maxBytes` bytes. Stream errors (a reset mid-body, an abort) propagate to the caller. */
export async function readBoundedBody(response: Response, maxBytes: number): Promise<BoundedBody> {
  if (response.body === null) return { bytes: new Uint8Array(0), truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - size;
      if (value.byteLength > room) {
        chunks.push(value.subarray(0, room));
        size += room;
        truncated = true;
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    if (truncated) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, truncated };
}

/** The declared Content-Length, or null when missing or not a plain number. */
export function declaredLength(response: Response): number | null {
  const header = response.headers.get('content-length');
  return header !== null && /^\d{1,15}$/.test(header.trim()) ? Number(header.trim()) : null;
}
