// The published answer data, read by the same answers() the search box uses: the examples
// people paste land on pages that exist.
import { answers, type AnswerData } from '../../src/lib/answers/index.ts';
import { expect, test } from './fixtures.ts';

const examples: [string, string, boolean][] = [
  ['SIP/2.0 503 Service Unavailable', '/503/', true],
  ['SIP/2.0 486 Busy Here', '/486/', true],
  ['USER_BUSY', '/causes/17/', true],
  ['cause=17', '/causes/17/', true],
  ['Reason: Q.850;cause=34', '/causes/34/', true],
  ['NORMAL_CLEARING', '/causes/16/', true],
  ['spam', '/607/', false],
  ['4O4', '/404/', false],
  ['477 Unfortunately error on sending to next hop occurred (477/TM)', '/477/', true],
];

test('/answers.json is small and answers the examples with pages that exist', async ({
  request,
}) => {
  const response = await request.get('/answers.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const body = await response.body();
  expect(body.length).toBeLessThan(32_000);
  const data = JSON.parse(body.toString('utf8')) as AnswerData;
  for (const [query, url, exact] of examples) {
    const [first] = answers(query, data);
    expect(first?.url, query).toBe(url);
    expect(first?.exact, query).toBe(exact);
    expect((await request.get(first!.url)).status(), first!.url).toBe(200);
  }
  expect(answers('Reason: Q.850;cause=34', data)[1]?.url).toBe('/503/');
  expect(answers('NORMAL_CLEARING', data)[0]?.detail).toMatch(/^Not a failure/);
});
