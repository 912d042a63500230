// Writes the service worker (sw.js at the site's base) once the site and its search index are
// built: the list of files to keep offline and the build id come from the output directory.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  offlineFiles,
  offlineManifest,
  pagefindLanguages,
  serviceWorkerScript,
  type BuiltFile,
} from '../lib/offline.ts';
import { normalizeBase } from '../lib/paths.ts';

async function readBuild(dir: URL): Promise<BuiltFile[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    names
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = `${entry.parentPath}/${entry.name}`;
        const path = file.slice(fileURLToPath(dir).length).replace(/^\/+/, '');
        return { path, content: await readFile(file) };
      }),
  );
}

export function offlineCopy(): AstroIntegration {
  let base = '/';
  let root: URL;
  return {
    name: 'offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = await readBuild(dir);
        const entry = built.find(({ path }) => path === 'pagefind/pagefind-entry.json');
        if (!entry) throw new Error('offline copy: the search index must be built first');
        const kept = offlineFiles(
          built,
          pagefindLanguages(Buffer.from(entry.content).toString('utf8')),
        );
        const manifest = offlineManifest(kept, base);
        const worker = await readFile(new URL('src/scripts/service-worker.js', root), 'utf8');
        await writeFile(new URL('sw.js', dir), serviceWorkerScript(manifest, worker));
        const bytes = kept.reduce((sum, { content }) => sum + content.byteLength, 0);
        logger.info(
          `Offline copy ${manifest.build}: ${kept.length} files, ${(bytes / 1024).toFixed(0)} KiB`,
        );
      },
    },
  };
}
