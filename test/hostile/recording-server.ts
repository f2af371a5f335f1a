/**
 * What the hostile-markup tests share: a local HTTP server on 127.0.0.1 that records
 * every request (an empty list after a build means nothing reached it), and a secret
 * image beside the workspace whose bytes carry a marker (any embedding of it would
 * show the marker).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A valid 1×1 PNG with `marker` appended. */
export function secretPng(marker: string): Buffer {
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex'),
    Buffer.from(marker),
  ]);
}

export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** `METHOD /path` of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function recordingServer(): Promise<RecordingServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
