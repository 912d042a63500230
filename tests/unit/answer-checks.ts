// Shared by the answers tests: the real answer data, and what it answers for a query.
import assert from 'node:assert/strict';
import { answers } from '../../src/lib/answers/index.ts';
import { realAnswerData } from './answer-data.ts';

export const data = realAnswerData();
export const first = (query: string) => answers(query, data)[0];
export const urls = (query: string) => answers(query, data).map((answer) => answer.url);

export function expectFirst(query: string, url: string, exact: boolean) {
  const answer = first(query);
  assert.ok(answer, `no answer for ${JSON.stringify(query)}`);
  assert.equal(
    answer.url,
    url,
    `${JSON.stringify(query)} → ${JSON.stringify(answers(query, data))}`,
  );
  assert.equal(answer.exact, exact, `${JSON.stringify(query)} exact`);
  return answer;
}
