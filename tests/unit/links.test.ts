import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { markdownLink, sectionUrl, shareableUrl } from '../../src/lib/links.ts';
import { openSearchDescription } from '../../src/lib/opensearch.ts';
import { svgDataUri } from '../../src/lib/site.ts';

describe('shareableUrl', () => {
  it('gives the canonical address, with a trailing slash and no fragment', () => {
    assert.equal(
      shareableUrl({ origin: 'https://sip.example', pathname: '/486' }),
      'https://sip.example/486/',
    );
    assert.equal(
      shareableUrl({ origin: 'https://sip.example', pathname: '/486/' }),
      'https://sip.example/486/',
    );
  });
});

describe('sectionUrl', () => {
  it('is the canonical address with the section id as fragment, under any base', () => {
    assert.equal(
      sectionUrl({ origin: 'https://sip.example', pathname: '/486' }, 'headers'),
      'https://sip.example/486/#headers',
    );
    assert.equal(
      sectionUrl({ origin: 'https://example.org', pathname: '/sip/486/' }, 'see also'),
      'https://example.org/sip/486/#see%20also',
    );
  });
});

describe('markdownLink', () => {
  it('writes [text](url)', () => {
    assert.equal(
      markdownLink('SIP 486 Busy Here', 'https://sip.example/486/'),
      '[SIP 486 Busy Here](https://sip.example/486/)',
    );
  });
  it('escapes brackets in the text and parentheses or spaces in the URL', () => {
    assert.equal(
      markdownLink('SIP 202 Accepted [old]', 'https://x/a (b)/'),
      '[SIP 202 Accepted \\[old\\]](https://x/a%20%28b%29/)',
    );
  });
});

describe('openSearchDescription', () => {
  it('is an OpenSearch 1.1 document whose template points at the search page', () => {
    const xml = openSearchDescription(new URL('https://sip.example/'));
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const description = parsed.OpenSearchDescription;
    assert.equal(description['@_xmlns'], 'http://a9.com/-/spec/opensearch/1.1/');
    assert.ok(description.ShortName.length <= 16);
    assert.equal(description.Url['@_template'], 'https://sip.example/search/?q={searchTerms}');
    assert.equal(description.Url['@_type'], 'text/html');
  });
});

describe('svgDataUri', () => {
  it('gives a data: address that decodes to the same SVG, with nothing that ends an attribute', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text fill="#fff">SIP & co</text></svg>\n';
    const uri = svgDataUri(svg);
    assert.match(uri, /^data:image\/svg\+xml,/);
    assert.doesNotMatch(uri, /["'<>#\s]/);
    assert.equal(decodeURIComponent(uri.slice('data:image/svg+xml,'.length)), svg.trim());
  });
});
