// The RFC texts in reference/rfc/ are for the checks only: none of them, nor their README, may
// reach the built site, where they would be served, cached offline and indexed for search.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { dist } from './site.ts';

describe('the RFC texts stay out of dist/', () => {
  it('no rfcNNNN.txt file and no reference/ folder is built', () => {
    const files = readdirSync(fileURLToPath(dist), { recursive: true }).map(String);
    assert.ok(files.length > 100, `only ${files.length} files in dist/`);
    assert.deepEqual(
      files.filter((file) => /(^|[/\\])(rfc\d+\.txt|reference)([/\\]|$)/.test(file)),
      [],
    );
  });
});
