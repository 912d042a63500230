// Rules a stack file must keep beyond its schema: every row names a source the file lists, no
// row is written twice, a kept phrase names another code, and the file is named after its stack.
import type { StackFile } from './index.ts';

export function validateStackFile(file: string, data: StackFile): string[] {
  const problems: string[] = [];
  const name = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (name !== data.id)
    problems.push(`${file}: the file of stack "${data.id}" must be named ${data.id}.yaml`);
  const sources = new Set<string>();
  for (const source of data.sources) {
    if (sources.has(source.id)) problems.push(`${file}: source "${source.id}" is listed twice`);
    sources.add(source.id);
  }
  const seen = new Set<string>();
  data.replies.forEach((reply, index) => {
    const where = `${file}: replies[${index}] (${reply.code} ${reply.phrase})`;
    if (!sources.has(reply.source))
      problems.push(`${where}: source "${reply.source}" is not in sources`);
    if (reply.phraseOf === reply.code)
      problems.push(`${where}: phraseOf names the reply's own code`);
    const key = `${reply.code}|${reply.phrase}|${reply.source}|${reply.path}|${reply.line}`;
    if (seen.has(key)) problems.push(`${where}: the same reply at the same line is listed twice`);
    seen.add(key);
  });
  return problems;
}
