import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOptions } from '../../../bench/lib/options.ts';

describe('parseOptions', () => {
  it('builds, scales to 75, 750 and 7,500 pages and takes any free port by default', () => {
    assert.deepEqual(parseOptions([]), { build: true, sizes: [75, 750, 7500], port: 0 });
  });

  it('takes --no-build, a shorter --sizes list and a --port', () => {
    assert.deepEqual(parseOptions(['--no-build', '--sizes', '750,75,750', '--port', '4421']), {
      build: false,
      sizes: [75, 750],
      port: 4421,
    });
  });

  it('takes the port from BENCH_PORT unless --port is given', () => {
    assert.equal(parseOptions([], { BENCH_PORT: '4425' }).port, 4425);
    assert.equal(parseOptions(['--port', '4421'], { BENCH_PORT: '4425' }).port, 4421);
  });

  it('rejects sizes and ports that are not numbers', () => {
    assert.throws(() => parseOptions(['--sizes', '75,many']), /--sizes takes page counts/);
    assert.throws(() => parseOptions(['--sizes', '0']), /--sizes/);
    assert.throws(() => parseOptions(['--port', 'http']), /--port takes a port number/);
    assert.throws(() => parseOptions(['--port', '70000']), /--port/);
  });

  it('rejects options it does not know', () => {
    assert.throws(() => parseOptions(['--fast']), /Unknown option/);
  });
});
