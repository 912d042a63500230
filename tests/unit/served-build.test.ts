import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceWorkerScript, workerBuildId, workerSettings } from '../../src/lib/offline.ts';
import { servedBuildProblem } from '../e2e/served-build.ts';

const worker = (build: string, base = '/') =>
  serviceWorkerScript(workerSettings(build, base), 'self.addEventListener("install", () => {});\n');

describe('workerBuildId', () => {
  it('reads the build id the worker script carries', () => {
    assert.equal(workerBuildId(worker('dc4ebbd3d94957f2')), 'dc4ebbd3d94957f2');
  });
  it('is null for anything else', () => {
    for (const text of ['', '<!doctype html><title>Not found</title>', 'self.OFFLINE = {;']) {
      assert.equal(workerBuildId(text), null, text);
    }
  });
});

describe('servedBuildProblem', () => {
  const local = worker('aaaa');

  it('accepts the server that serves this build', () => {
    assert.equal(servedBuildProblem('4441', { status: 200, body: local }, local), null);
  });

  it('refuses another build, naming both builds, the port and E2E_PORT', () => {
    const problem = servedBuildProblem('4441', { status: 200, body: worker('bbbb') }, local);
    assert.match(problem!, /port 4441 serves build bbbb, but dist\/ holds build aaaa/);
    assert.match(problem!, /E2E_PORT \(now 4441\)/);
  });

  it('refuses the same build made for another base', () => {
    const problem = servedBuildProblem(
      '4441',
      { status: 200, body: worker('aaaa', '/sip/') },
      local,
    );
    assert.notEqual(problem, null);
  });

  it('refuses a server with no worker, or none at all', () => {
    const missing = servedBuildProblem('4321', { status: 404, body: 'Not found' }, local);
    assert.match(missing!, /port 4321 answers \/sw\.js with status 404/);
    assert.match(servedBuildProblem('4321', null, local)!, /port 4321 does not answer/);
  });
});
