// The check before the browser tests, against a real server: the static server of the tests
// serving one copy of a worker script, compared with the same copy and with another.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { checkServedBuild } from '../e2e/served-build.ts';

describe('checkServedBuild', () => {
  let scratch: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  const build = (id: string) => `self.OFFLINE = {"build":"${id}","base":"/"};\n`;

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'served-build-'));
    for (const [dir, id] of [
      ['served', 'aaaa'],
      ['same', 'aaaa'],
      ['other', 'bbbb'],
    ] as const) {
      await mkdir(join(scratch, dir));
      await writeFile(join(scratch, dir, 'sw.js'), build(id));
    }
    server = await startStaticServer({ root: join(scratch, 'served') });
  });
  after(async () => {
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('passes when the server serves the local build', async () => {
    await checkServedBuild(server.url, join(scratch, 'same'));
  });

  it('fails, naming the port and E2E_PORT, when it serves another', async () => {
    await assert.rejects(checkServedBuild(server.url, join(scratch, 'other')), (error: Error) => {
      assert.match(error.message, new RegExp(`port ${server.port} serves build aaaa`));
      assert.match(error.message, /dist\/ holds build bbbb/);
      assert.match(error.message, /E2E_PORT/);
      return true;
    });
  });

  it('fails when there is no local build', async () => {
    await assert.rejects(checkServedBuild(server.url, join(scratch, 'none')), /npm run build/);
  });
});
