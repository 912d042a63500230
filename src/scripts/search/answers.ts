// The instant answers: the answer function over its data (/answers.json, see load.ts).
import { answers, type AnswerData } from '../../lib/answers/index.ts';
import type { AnswerLink } from '../../lib/search-results.ts';
import type { Loaders } from './load.ts';

export type FindAnswers = (query: string) => AnswerLink[];

export async function loadAnswers(loaders: Loaders): Promise<FindAnswers> {
  const data = (await loaders.answerData()) as AnswerData;
  return (query: string) => answers(query, data);
}
