import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fetched } from '../../../bench/lib/browser.ts';
import { summary } from '../../../bench/lib/report.ts';
import { targetRows, targetsSection } from '../../../bench/lib/targets.ts';
import { stats } from '../../../bench/lib/stats.ts';
import { splitAtPaint, type FirstSearchResults } from '../../../bench/measures/first-search.ts';
import { growth } from '../../../bench/measures/scaling.ts';
import type { TypingResults } from '../../../bench/measures/typing.ts';

const fetched = (url: string, start: number, end: number): Fetched => ({
  url,
  type: 'other',
  kind: 'index',
  raw: 100,
  gzip: 80,
  wire: 80,
  start,
  end,
});

describe('splitAtPaint', () => {
  it('counts what was fetched after arming, until the paint and in all', () => {
    const files = [
      fetched('/before', 900, 950),
      fetched('/ui.js', 1_010, 1_100),
      fetched('/fragment', 1_150, 1_260),
      fetched('/late', 1_300, 1_350),
    ];
    const { untilShown, untilSettled } = splitAtPaint(files, 1_000, 1_200);
    assert.deepEqual(
      untilShown.map(({ url }) => url),
      ['/ui.js'],
    );
    assert.deepEqual(
      untilSettled.map(({ url }) => url),
      ['/ui.js', '/fragment', '/late'],
    );
  });
});

describe('growth', () => {
  const size = (pages: number, ms: number, bytes: number) => ({
    contentPages: pages,
    astroBuildMs: ms,
    pagefindMs: ms / 10,
    index: { bytes },
    search: { firstQueryBytes: { median: 30_000 } },
  });

  it('compares each size with the one before', () => {
    const [factors] = growth([size(75, 2_000, 300_000), size(750, 6_000, 2_400_000)]);
    assert.deepEqual(factors, {
      from: 75,
      to: 750,
      pages: 10,
      astroBuild: 3,
      pagefind: 3,
      indexBytes: 8,
      firstQueryBytes: 1,
    });
  });

  it('skips pairs with a failed size', () => {
    const sizes = [size(75, 2_000, 1), { error: 'out of memory' }, size(7500, 40_000, 2)];
    assert.deepEqual(growth(sizes), []);
  });
});

describe('targetRows', () => {
  const tally = (requests: number, gzip: number) => ({
    requests: stats([requests]),
    gzip: stats([gzip]),
  });
  const firstSearch = {
    answersAvailable: false,
    answersMs: null,
    codePage: tally(4, 9_800),
    untilShown: { total: tally(12, 146_500) },
  } as unknown as FirstSearchResults;
  const typing = {
    boxes: [
      { page: '/486/', answersAvailable: true, answersMs: stats([30]), fullTextMs: stats([178]) },
    ],
  } as unknown as TypingResults;

  it('sets each figure against its target', () => {
    const rows = targetRows(firstSearch, typing);
    const byTarget = Object.fromEntries(rows.map((row) => [row.target, row]));
    assert.equal(byTarget['Instant answers, first search (header box)'].measured, 'not available');
    assert.equal(byTarget['Instant answers, first search (header box)'].met, null);
    assert.equal(byTarget['Instant answers, `/486/`'].met, true);
    assert.equal(byTarget['First full-text result, index loaded, `/486/`'].met, false);
    assert.equal(byTarget['First search until results show'].met, false);
    assert.equal(byTarget['Code page before interaction: requests'].measured, '4');
    assert.equal(byTarget['Code page before interaction: gzip'].met, true);
  });

  it('leaves out the targets of a failed measurement', () => {
    const rows = targetRows({ error: 'timeout' }, typing);
    assert.equal(rows.length, 2);
    assert.match(targetsSection(rows), /\| Instant answers, `\/486\/` \| 50 ms \| 30 ms \| yes \|/);
  });
});

describe('summary', () => {
  it('keeps every section when measurements fail, and lists the failures', () => {
    const failure = { error: 'page.goto: net::ERR_CONNECTION_REFUSED\n  at …' };
    const text = summary({
      date: '2026-12-01T14:25:37.776Z',
      options: { build: false, sizes: [75], port: 4421 },
      versions: {
        node: 'v24.21.0',
        chromium: '156.0',
        astro: '7.3.5',
        pagefind: '1.6.0',
        lighthouse: '12.8.2',
        playwright: '1.65.1',
      },
      machine: { platform: 'linux', arch: 'x64', cpus: 2 },
      loadAverage: { start: [6.61, 6.2, 6.1], end: [4.6, 5.04, 5.6] },
      initialBuildMs: null,
      origin: 'http://127.0.0.1:4421',
      targets: [],
      pageWeight: failure,
      firstSearch: failure,
      search: failure,
      typing: failure,
      debounce: failure,
      capture: failure,
      lighthouse: {},
      builds: failure,
      scaling: failure,
      failures: [{ section: 'search', error: failure.error }],
      durationMs: 163_400,
    });
    assert.match(text, /The run took 2 min 43 s\./);
    assert.match(text, /at the start 6\.6, 6\.2, 6\.1,\s+at the end 4\.6, 5\.0, 5\.6:/);
    for (const title of ['Targets', 'Page weight', 'First search', 'Typing', 'Debounce']) {
      assert.match(text, new RegExp(`^## ${title}$`, 'm'));
    }
    assert.match(text, /^Failed: page\.goto: net::ERR_CONNECTION_REFUSED \(the whole message/m);
    assert.doesNotMatch(text, /at …/);
    assert.match(text, /## Targets\n\nNo figures/);
    assert.match(text, /## Failures\n\n- search: page\.goto: net::ERR_CONNECTION_REFUSED\n$/);
  });
});
