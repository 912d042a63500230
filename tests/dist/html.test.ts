// Every built page is valid HTML by html-validate's recommended rules (see .htmlvalidate.json
// for the few rules changed and why).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlPages } from './site.ts';

// Loads .htmlvalidate.mjs from the project root, as the CLI would.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML in dist/', () => {
  it(`all ${htmlPages.length} pages validate`, async () => {
    const errors: string[] = [];
    for (const [path, file] of htmlPages) {
      const report = await validator.validateFile(file.pathname);
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    assert.deepEqual(errors.slice(0, 40), [], `${errors.length} errors`);
  });

  it('the validator rejects broken markup', async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p id="a">x</p><p id="a">y</p></body></html>',
      'broken.html',
    );
    assert.equal(report.valid, false);
    assert.ok(report.results[0]?.messages.some((message) => message.ruleId === 'no-dup-id'));
  });
});
