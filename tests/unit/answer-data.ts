// The real answer data, built from the content the way /answers.json is built, for tests.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { codeSchema } from '../../src/content.config.ts';
import { readCauseFiles } from '../../src/loaders.ts';
import { createCauseIndex } from '../../src/lib/causes/index.ts';
import { answerData, type AnswerData } from '../../src/lib/answers/data.ts';

const folder = new URL('../../content/codes/', import.meta.url);

export function realAnswerData(): AnswerData {
  const codes = readdirSync(folder)
    .filter((name) => /^\d{3}\.mdx$/.test(name))
    .map((name) => {
      const text = readFileSync(new URL(name, folder), 'utf8');
      const data = codeSchema.parse(parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!));
      return {
        code: Number(name.slice(0, 3)),
        reason: data.reason,
        former: data.formerReasons,
        aliases: data.aliases,
      };
    })
    .sort((a, b) => a.code - b.code);
  const { tables, problems } = readCauseFiles();
  if (!tables) throw new Error(problems.join('\n'));
  return answerData(codes, createCauseIndex(tables));
}
