// Builds the Pagefind index at the end of `astro build`, into the same output directory, so a
// single build command gives a complete site whatever its output directory (and the offline
// copy can list the index's files). Same result as `pagefind --site dist`.
import { fileURLToPath } from 'node:url';
import { readdir } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Smaller index chunks: a query fetches only the chunks its words fall in, so the first
        // search downloads less (read by Pagefind's indexer, which the Node API starts below).
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '2000';
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          const problems = [...errors, ...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('\n')}`);
        } finally {
          await pagefind.close();
        }
        // One fragment per indexed page.
        const pages = (await readdir(`${site}/pagefind/fragment`)).length;
        logger.info(`Indexed ${pages} pages for search`);
      },
    },
  };
}
