import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bareCode,
  classFilter,
  enterDestination,
  excerptParts,
  isSitePath,
  keptActive,
  pauseAfter,
  resultView,
  searchStatus,
  wantsFullText,
  withoutAnswered,
  type AnswerLink,
} from '../../src/lib/search-results.ts';

const codePage = (code: number) => `/base/${code}/`;

function answer(url: string, exact: boolean): AnswerLink {
  return { kind: 'code', label: url, url, exact };
}

describe('bareCode', () => {
  it('reads a status code from 100 to 699, spaces around it allowed', () => {
    assert.equal(bareCode('486'), 486);
    assert.equal(bareCode('  100 '), 100);
    assert.equal(bareCode('699'), 699);
  });
  it('is null for anything else', () => {
    for (const query of ['', '099', '700', '4860', '4O4', '486 busy', '48', '4 86', '٤٨٦']) {
      assert.equal(bareCode(query), null, query);
    }
  });
});

describe('isSitePath', () => {
  it('accepts addresses inside the site', () => {
    assert.ok(isSitePath('/486/'));
    assert.ok(isSitePath('/sip/guides/busy/?q=x#y'));
  });
  it('rejects other schemes, other hosts and odd characters', () => {
    for (const url of [
      'javascript:alert(1)',
      ' /486/',
      '//evil.example/',
      '/\\evil.example/',
      'https://evil.example/',
      '486/',
      '/48\n6/',
      '',
    ]) {
      assert.equal(isSitePath(url), false, JSON.stringify(url));
    }
  });
});

describe('excerptParts', () => {
  it('splits at the marks Pagefind adds', () => {
    assert.deepEqual(excerptParts('The <mark>callee</mark> is <mark>busy</mark>.'), [
      { text: 'The ', marked: false },
      { text: 'callee', marked: true },
      { text: ' is ', marked: false },
      { text: 'busy', marked: true },
      { text: '.', marked: false },
    ]);
  });
  it('undoes Pagefind’s escaping, so markup in the text stays text', () => {
    assert.deepEqual(excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>&lt;b&gt;</mark>'), [
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: '<b>', marked: true },
    ]);
  });
  it('joins neighbouring marks and drops empty parts', () => {
    assert.deepEqual(excerptParts('<mark>busy</mark><mark> here</mark>'), [
      { text: 'busy here', marked: true },
    ]);
    assert.deepEqual(excerptParts(''), []);
  });
  it('keeps an unmatched or stray tag as text', () => {
    assert.deepEqual(excerptParts('a <mark>b'), [{ text: 'a <mark>b', marked: false }]);
  });
});

describe('resultView', () => {
  it('takes title and summary from the page meta', () => {
    assert.deepEqual(
      resultView({
        url: '/486/',
        excerpt: '<mark>Busy</mark> Here',
        meta: { title: '486 Busy Here', summary: ' Reached but busy. ' },
      }),
      {
        url: '/486/',
        title: '486 Busy Here',
        summary: 'Reached but busy.',
        excerpt: [
          { text: 'Busy', marked: true },
          { text: ' Here', marked: false },
        ],
      },
    );
  });
  it('falls back to the address for a page without a title, and to no summary', () => {
    assert.deepEqual(resultView({ url: '/guides/', meta: { title: '  ' } }), {
      url: '/guides/',
      title: '/guides/',
      summary: null,
      excerpt: [],
    });
  });
  it('drops a result whose address is not a page of the site', () => {
    assert.equal(resultView({ url: 'javascript:alert(1)', meta: { title: 'x' } }), null);
  });
});

describe('withoutAnswered', () => {
  it('drops the results an answer already links to, whatever the query string', () => {
    const results = [{ url: '/486/?q=busy' }, { url: '/600/' }, { url: '/guides/busy/' }];
    assert.deepEqual(withoutAnswered(results, [answer('/486/', true)]), [
      { url: '/600/' },
      { url: '/guides/busy/' },
    ]);
    assert.deepEqual(withoutAnswered(results, []), results);
  });
});

describe('enterDestination', () => {
  it('opens the first answer when it is exact', () => {
    assert.equal(
      enterDestination('SIP/2.0 486 Busy Here', [answer('/base/486/', true)], codePage),
      '/base/486/',
    );
  });
  it('does not open an answer that is only a suggestion, nor a later exact one', () => {
    assert.equal(
      enterDestination('4O4', [answer('/base/404/', false), answer('/base/491/', true)], codePage),
      null,
    );
  });
  it('opens the page of a bare code, registered or not, even without answers', () => {
    assert.equal(enterDestination(' 499 ', [], codePage), '/base/499/');
  });
  it('never opens an answer that leads off the site', () => {
    assert.equal(enterDestination('x', [answer('javascript:alert(1)', true)], codePage), null);
  });
});

describe('searchStatus', () => {
  it('counts answers and results', () => {
    assert.equal(searchStatus('486', 1, 5), '1 answer, 5 results');
    assert.equal(searchStatus('busy', 0, 1), '1 result');
    assert.equal(searchStatus('4O4', 1, 0), '1 answer, 0 results');
  });
  it('says when nothing was found, and nothing before results are known or for no query', () => {
    assert.equal(searchStatus('zzz', 0, 0), 'No results');
    assert.equal(searchStatus('486', 2, null), '2 answers');
    assert.equal(searchStatus('  ', 0, 0), '');
  });
});

describe('keptActive', () => {
  it('finds the chosen option again by its address', () => {
    assert.equal(keptActive('/600/', ['/486/', '/600/']), 1);
    assert.equal(keptActive('/600/', ['/486/']), -1);
    assert.equal(keptActive(null, ['/486/']), -1);
  });
});

describe('wantsFullText', () => {
  it('searches the text from two characters on', () => {
    assert.equal(wantsFullText('4'), false);
    assert.equal(wantsFullText(' b  '), false);
    assert.equal(wantsFullText(''), false);
    assert.equal(wantsFullText('SIP/2.0 486 Busy Here'), true);
    assert.equal(wantsFullText('ok'), true);
  });

  it('waits for the third digit of a code being typed', () => {
    assert.equal(wantsFullText('48'), false);
    assert.equal(wantsFullText(' 4 '), false);
    assert.equal(wantsFullText('486'), true);
    assert.equal(wantsFullText('4O'), true);
    assert.equal(wantsFullText('4860'), true);
  });
});

describe('pauseAfter', () => {
  it('waits for the next key while typing, and not after a paste, a drop or a suggestion', () => {
    assert.equal(pauseAfter('insertText', [], 120), 120);
    assert.equal(pauseAfter('deleteContentBackward', [], 120), 120);
    assert.equal(pauseAfter(undefined, [], 120), 120);
    assert.equal(pauseAfter('insertFromPaste', [], 120), 0);
    assert.equal(pauseAfter('insertFromDrop', [], 120), 0);
    assert.equal(pauseAfter('insertReplacementText', [], 120), 0);
  });
  it('does not wait once the query has an exact answer: it names a page already', () => {
    assert.equal(pauseAfter('insertText', [answer('/486/', true)], 120), 0);
    assert.equal(pauseAfter('insertText', [answer('/404/', false)], 120), 120);
  });
});

describe('classFilter', () => {
  it('asks for no class when none is ticked', () => {
    assert.deepEqual(classFilter([]), {});
  });
  it('asks for results in any of the ticked classes, never in all of them', () => {
    assert.deepEqual(classFilter(['4xx']), { class: { any: ['4xx'] } });
    assert.deepEqual(classFilter(['4xx', '6xx']), { class: { any: ['4xx', '6xx'] } });
  });
});
