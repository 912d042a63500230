import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contentTypeOf, fileFor, serve, type Served } from '../../../bench/lib/serve.ts';

describe('fileFor', () => {
  it("serves a folder's index.html and files as named", () => {
    assert.equal(fileFor('/site', '/486/'), '/site/486/index.html');
    assert.equal(fileFor('/site', '/'), '/site/index.html');
    assert.equal(fileFor('/site', '/pagefind/pagefind.js?v=1'), '/site/pagefind/pagefind.js');
  });

  it('refuses paths that leave the folder or do not decode', () => {
    assert.equal(fileFor('/site', '/../etc/passwd'), null);
    assert.equal(fileFor('/site', '/%2e%2e/secret'), null);
    assert.equal(fileFor('/site', '/%E0%A4%A'), null);
  });
});

describe('contentTypeOf', () => {
  it('knows the types the site serves, and sends the rest as bytes', () => {
    assert.equal(contentTypeOf('a/index.html'), 'text/html; charset=utf-8');
    assert.equal(contentTypeOf('pagefind.js'), 'text/javascript; charset=utf-8');
    assert.equal(contentTypeOf('codes.json'), 'application/json');
    assert.equal(contentTypeOf('wasm.en.pagefind'), 'application/octet-stream');
  });
});

describe('serve', () => {
  let root: string;
  let server: Served;
  const html = '<!doctype html><title>486</title>'.padEnd(2000, ' ');

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'bench-serve-'));
    await mkdir(join(root, '486'));
    await mkdir(join(root, 'pagefind'));
    await writeFile(join(root, '486', 'index.html'), html);
    await writeFile(join(root, '404.html'), 'Not a page');
    await writeFile(join(root, 'pagefind', 'wasm.en.pagefind'), Buffer.alloc(500, 7));
    server = await serve(root, 0);
  });

  after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('gzips HTML for a browser that accepts it, as a static host does', async () => {
    const response = await fetch(`${server.origin}/486/`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-encoding'), 'gzip');
    assert.equal(await response.text(), html);
  });

  it("sends Pagefind's files, already compressed, as they are", async () => {
    const response = await fetch(`${server.origin}/pagefind/wasm.en.pagefind`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(response.headers.get('content-encoding'), null);
    assert.equal((await response.arrayBuffer()).byteLength, 500);
  });

  it('serves a folder asked for without its slash', async () => {
    assert.equal(await (await fetch(`${server.origin}/486`)).text(), html);
  });

  it('counts what it sent while recording, gzipped, the query left out', async () => {
    const recording = server.record();
    await (await fetch(`${server.origin}/486/?from=wiki`)).text();
    await (await fetch(`${server.origin}/999/`)).text();
    const sent = recording.stop();
    await (await fetch(`${server.origin}/486/`)).text();
    assert.deepEqual(
      sent.map(({ path, status }) => [path, status]),
      [
        ['/486/', 200],
        ['/999/', 404],
      ],
    );
    // 2000 bytes of mostly spaces gzip to a few dozen.
    assert.ok(sent[0].gzip > 0 && sent[0].gzip < 200, String(sent[0].gzip));
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    const response = await fetch(`${server.origin}/999/`);
    assert.equal(response.status, 404);
    assert.equal(await response.text(), 'Not a page');
  });
});
