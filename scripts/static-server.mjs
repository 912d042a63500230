// A static file server that behaves like a plain static host serving the site under a path:
// files under the base only, /dir/ → dir/index.html, /dir → a redirect to /dir/, the site's
// 404.html (status 404) for a missing address under the base, and a bare 404 outside it.
// Used by the tests that publish the site under a path; nothing more than a host would do.
//
//   node scripts/static-server.mjs --root dist-sip --base /sip/ --port 4322
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

async function isFile(path) {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function isDirectory(path) {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/**
 * Starts serving `root` at `base` ("/sip/") on 127.0.0.1; port 0 picks a free one.
 * @param {{ root: string; base?: string; port?: number }} options
 * @returns {Promise<{ url: string; port: number; close(): Promise<void> }>}
 */
export async function startStaticServer({ root, base = '/', port = 0 }) {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const send = (response, status, file) => {
    response.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  };
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://host');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    if (!`${pathname}/`.startsWith(prefix)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not under the site\n');
      return;
    }
    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, relative));
    if (file !== normalize(root) && !file.startsWith(normalize(root) + sep)) {
      response.writeHead(404).end();
      return;
    }
    if (pathname.endsWith('/') && (await isFile(join(file, 'index.html')))) {
      send(response, 200, join(file, 'index.html'));
    } else if (!pathname.endsWith('/') && (await isFile(file))) {
      send(response, 200, file);
    } else if (!pathname.endsWith('/') && (await isDirectory(file))) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
    } else {
      send(response, 404, join(root, '404.html'));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      port: { type: 'string', default: '4322' },
    },
  });
  const server = await startStaticServer({
    root: values.root,
    base: values.base,
    port: Number(values.port),
  });
  console.log(`Serving ${values.root} at ${server.url}`);
}
