// Temporary copies of the project with the real code pages and synthetic guides (synthetic.ts).
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { trackTempDir } from './processes.ts';
import { sum } from './stats.ts';
import { guideSource, registryTsv, type CodePage } from './synthetic.ts';

/** Astro's configuration for the copies, passed with --config. */
export const SCALED_CONFIG = 'astro.bench.config.mjs';
// node_modules is a symlink to the real project's, where Astro keeps its content cache by
// default (node_modules/.astro): without this the copies would overwrite the project's cache.
const SCALED_CONFIG_SOURCE = [
  "// Written by the benchmark (bench/lib/scaled-project.ts): keeps this copy's cache out of node_modules.",
  "import config from './astro.config.mjs';",
  "export default { ...config, cacheDir: './.astro-cache/' };",
  '',
].join('\n');

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A code page's number and the registry fields from its front matter. */
export function codePageOf(file: string, source: string): CodePage {
  const data = parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') ?? {};
  const code = Number(basename(file).slice(0, 3));
  return { code, reason: data.reason, rfc: data.rfc, section: data.section ?? '' };
}

/** The real code pages, in code order. */
export async function readCodePages(root: string): Promise<CodePage[]> {
  const files = await listFiles(join(root, 'content', 'codes'));
  const pages = [];
  for (const file of files.filter((name) => /^\d{3}\.mdx?$/.test(basename(name)))) {
    pages.push(codePageOf(file, await readFile(file, 'utf8')));
  }
  return pages.sort((a, b) => a.code - b.code);
}

/**
 * A temporary copy of the project with the real code pages and enough synthetic guides to make
 * `size` content pages in all; `remove` deletes it.
 */
export async function makeScaledProject(root: string, size: number, codes: readonly CodePage[]) {
  const dir = await mkdtemp(join(tmpdir(), `sip-bench-${size}-`));
  const untrack = trackTempDir(dir);
  const remove = async () => {
    await rm(dir, { recursive: true, force: true });
    untrack();
  };
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Everything but the guides: classes, codes, the Q.850 tables and whatever else the content
  // config loads and checks against the codes.
  for (const entry of await readdir(join(root, 'content'))) {
    if (entry === 'guides') continue;
    await cp(join(root, 'content', entry), join(dir, 'content', entry), { recursive: true });
  }
  await writeFile(join(dir, 'src', 'data', 'iana-sip-response-codes.tsv'), registryTsv(codes));
  await writeFile(join(dir, SCALED_CONFIG), SCALED_CONFIG_SOURCE);
  const guides = join(dir, 'content', 'guides');
  await mkdir(guides, { recursive: true });
  for (let index = 0; index < size - codes.length; index++) {
    const name = `synthetic-${String(index + 1).padStart(5, '0')}.mdx`;
    await writeFile(join(guides, name), guideSource(index, codes));
  }
  return { dir, remove };
}

/** Bytes of the search index itself, without Pagefind's UI scripts and styles. */
export async function indexSize(dist: string) {
  const files = await listFiles(join(dist, 'pagefind'));
  const data = files.filter((file) => !/\.(js|css)$/.test(file));
  const sizes = await Promise.all(data.map(async (file) => (await stat(file)).size));
  // A search fetches a few index chunks but one fragment per result shown; the fragments, one
  // per page, are most of the total.
  const fragments = sum(sizes.filter((_, index) => /\/fragment\//.test(data[index])));
  return { bytes: sum(sizes), files: data.length, fragmentBytes: fragments };
}
