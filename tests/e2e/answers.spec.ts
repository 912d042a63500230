// The published answer data, read by the same answers() the search box uses: the examples
// people paste land on pages that exist.
import { answers, type AnswerData } from '../../src/lib/answers/index.ts';
import { expect, test } from './fixtures.ts';
import { pasted } from './pasted.ts';

test('/answers.json is small and answers the examples with pages that exist', async ({
  request,
}) => {
  const response = await request.get('/answers.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const body = await response.body();
  expect(body.length).toBeLessThan(32_000);
  const data = JSON.parse(body.toString('utf8')) as AnswerData;
  for (const { query, url, exact } of pasted) {
    const [first] = answers(query, data);
    expect(first?.url, query).toBe(url);
    expect(first?.exact, query).toBe(exact);
    expect((await request.get(first!.url)).status(), first!.url).toBe(200);
  }
  expect(answers('Reason: Q.850;cause=34', data)[1]?.url).toBe('/503/');
  expect(answers('NORMAL_CLEARING', data)[0]?.detail).toMatch(/^Not a failure/);
});
