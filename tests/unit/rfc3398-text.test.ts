// RFC 3398's two tables read from its text, and the file compared with them. The excerpts below
// keep the RFC's layout (a heading at the start of a line, rows indented three spaces, columns
// set apart by two or more spaces) with rows cut down to those each case needs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareWithPrinted,
  printedIsupToSip,
  printedSipToIsup,
} from '../../src/lib/causes/rfc3398-text.ts';

const text = [
  '   7.2.4.1 ISDN Cause Code to Status Code Mapping.................. 24',
  '',
  '7.2.4.1 ISDN Cause Code to Status Code Mapping',
  '',
  '   Hence receipt of cause code 44 sends nothing.',
  '   ISUP Cause value                        SIP response',
  '   ----------------                        ------------',
  '   16 normal call clearing                 --- (*)',
  '   17 user busy                            486 Busy here',
  '   22 number changed (w/o diagnostic)      410 Gone',
  '   22 number changed (w/ diagnostic)       301 Moved Permanently',
  '   102 recovery of timer expiry            504 Gateway timeout',
  '',
  '7.2.5 Early ACM received',
  '   99 not a row of the table               500 Server internal error',
  '',
  '8.2.6.1 SIP Status Code to ISDN Cause Code Mapping',
  '',
  '   Response received                     Cause value in the REL',
  '   486 Busy here                         17 User busy',
  '   487 Request Terminated               --- (no mapping)',
  '   504 Server time-out                  102 Recovery on timer expiry',
  '   504 Version Not Supported            127 Interworking (+)',
  '',
  '8.2.7 REL Received',
].join('\n');

describe('printedIsupToSip and printedSipToIsup', () => {
  it('reads the rows of each section only, "---" as null', () => {
    assert.deepEqual(printedIsupToSip(text), [
      { from: 16, to: null },
      { from: 17, to: 486 },
      { from: 22, to: 410 },
      { from: 22, to: 301 },
      { from: 102, to: 504 },
    ]);
    assert.deepEqual(printedSipToIsup(text), [
      { from: 486, to: 17 },
      { from: 487, to: null },
      { from: 504, to: 102 },
      { from: 505, to: 127 },
    ]);
  });

  it('gives null for a text without the section', () => {
    assert.equal(printedIsupToSip('RFC 3261\n8.2.6.1 Not this one'), null);
    assert.equal(printedSipToIsup(''), null);
  });
});

describe('compareWithPrinted', () => {
  const printed = printedIsupToSip(text);
  const file = 'content/causes/rfc3398.yaml';

  it('accepts every printed row, and rows of its own that say where they come from', () => {
    const rows = [
      { from: 16, to: null, note: 'Becomes a BYE or CANCEL.' },
      { from: 17, to: 486 },
      { from: 22, to: 410 },
      { from: 22, to: 301 },
      { from: 44, to: null, note: 'From the text before the table.' },
      { from: 102, to: 504 },
    ];
    assert.deepEqual(compareWithPrinted(file, 'isupToSip', rows, printed, '7.2.4.1'), []);
  });

  it('names a missing or changed row, and a row of its own without a note', () => {
    const rows = [
      { from: 16, to: null },
      { from: 17, to: 480 },
      { from: 22, to: 410 },
      { from: 102, to: 504 },
    ];
    assert.deepEqual(compareWithPrinted(file, 'isupToSip', rows, printed, '7.2.4.1'), [
      `${file}: isupToSip lacks 17→486, which RFC 3398 §7.2.4.1 prints in its table`,
      `${file}: isupToSip lacks 22→301, which RFC 3398 §7.2.4.1 prints in its table`,
      `${file}: isupToSip row 17→480 is not in RFC 3398 §7.2.4.1's table and has no note saying where it comes from`,
    ]);
  });

  it('matches a printed "---" by any row for the value', () => {
    const sip = printedSipToIsup(text);
    const rows = [
      { from: 486, to: 17 },
      { from: 487, to: 31, note: 'Chosen by another rule.' },
      { from: 504, to: 102 },
      { from: 505, to: 127 },
    ];
    assert.deepEqual(compareWithPrinted(file, 'sipToIsup', rows, sip, '8.2.6.1'), []);
  });

  it('fails, naming the section, when the RFC text lacks it', () => {
    assert.deepEqual(compareWithPrinted(file, 'sipToIsup', [], null, '8.2.6.1'), [
      `${file}: sipToIsup: RFC 3398 §8.2.6.1 was not found in the RFC text`,
    ]);
  });
});
