// Serves a built site the way a static host does: files from the output folder, a folder's
// index.html, 404.html for anything else, and gzip for text, scripts, JSON, SVG and WebAssembly
// when the browser accepts it. Pagefind's index files are already compressed and go as they are.
//
// A small node:http server rather than a dependency: it needs only a folder, gzip at a fixed
// level and a port that stays put. `astro preview` compresses with settings of its own and,
// when its port is taken, quietly moves to another one.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { trackCloser } from './processes.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** The types static hosts compress; everything else (images, fonts, Pagefind's files) is not. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml)/;

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file a request path names inside `root`, or null when the path would leave it. */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return decoded.endsWith('/') ? join(file, 'index.html') : file;
}

async function readServed(root: string, urlPath: string) {
  const file = fileFor(root, urlPath);
  if (file) {
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { status: 200, file };
    // /486 is served as /486/, as most static hosts do.
    if (info?.isDirectory()) return { status: 200, file: join(file, 'index.html') };
  }
  return { status: 404, file: join(root, '404.html') };
}

/** One response the server sent: its path, when, and its body gzipped at level 9. */
export interface ServedFile {
  path: string;
  status: number;
  gzip: number;
  /** Epoch milliseconds. */
  at: number;
}

export interface Served {
  origin: string;
  /**
   * Notes every response from now until `stop`. The server's own count sees what the browser's
   * events may not: the service worker's script and what the worker fetches for itself.
   */
  record(): { stop(): ServedFile[] };
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1; port 0 takes any free port. */
export async function serve(root: string, port: number): Promise<Served> {
  // Compressed once per file, as a host that compresses ahead of time would, so that the
  // timings do not include the compression.
  const gzipped = new Map<string, Buffer>();
  const gzipOf = (file: string, body: Buffer) => {
    const packed = gzipped.get(file) ?? gzipSync(body, { level: 9 });
    gzipped.set(file, packed);
    return packed;
  };
  const recordings = new Set<ServedFile[]>();

  const respond = async (request: IncomingMessage, response: ServerResponse) => {
    const { status, file } = await readServed(root, request.url ?? '/');
    const body = await readFile(file).catch(() => null);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = contentTypeOf(file);
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const compress = accepts && COMPRESSIBLE.test(type);
    const sent = compress ? gzipOf(file, body) : body;
    if (recordings.size > 0) {
      const path = (request.url ?? '/').split('?')[0];
      const note = { path, status, gzip: gzipOf(file, body).length, at: Date.now() };
      for (const list of recordings) list.push(note);
    }
    response.writeHead(status, {
      'content-type': type,
      'content-length': sent.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : sent);
  };

  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const untrack = trackCloser(() => server.close());
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    record() {
      const list: ServedFile[] = [];
      recordings.add(list);
      return {
        stop: () => {
          recordings.delete(list);
          return list;
        },
      };
    },
    close: () =>
      new Promise((resolve) => {
        untrack();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
