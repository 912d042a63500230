// Reads the built site in dist/: the tests here check what `npm run build` produced.
import { readdirSync, readFileSync, existsSync } from 'node:fs';

export const dist = new URL('../../dist/', import.meta.url);

if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first');

/** Every built HTML page as [site path, file path], excluding Pagefind's own files. */
export const htmlPages: [string, URL][] = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind/'))
  .map((name) => {
    const path = name === 'index.html' ? '/' : `/${name.replace(/index\.html$/, '')}`;
    return [path, new URL(name, dist)];
  });

export const read = (file: URL) => readFileSync(file, 'utf8');
