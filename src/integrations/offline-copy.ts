// Writes the service worker (sw.js at the site's base) and the list of files it keeps when the
// reader asks (offline.json) once the site and its search index are built: both come from the
// output directory.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  OFFLINE_MANIFEST,
  offlineFiles,
  offlineManifest,
  pagefindLanguages,
  serviceWorkerScript,
  workerSettings,
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
        const manifest = offlineManifest(kept);
        const worker = await readFile(new URL('src/scripts/service-worker.js', root), 'utf8');
        const settings = workerSettings(manifest.build, base);
        await writeFile(new URL('sw.js', dir), serviceWorkerScript(settings, worker));
        await writeFile(new URL(OFFLINE_MANIFEST.slice(1), dir), JSON.stringify(manifest));
        logger.info(
          `Offline copy ${manifest.build}: ${kept.length} files, ${(manifest.bytes / 1024).toFixed(0)} KiB, ${(manifest.transferBytes / 1024).toFixed(0)} KiB to fetch (gzip)`,
        );
      },
    },
  };
}
