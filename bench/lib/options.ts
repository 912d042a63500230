// Command-line options of `npm run bench`.
import { parseArgs } from 'node:util';

export interface Options {
  /** Run `npm run build` first; --no-build measures the dist/ already there. */
  build: boolean;
  /** Content pages of each scaling copy, smallest first. */
  sizes: number[];
  /** Port of the benchmark's server (Lighthouse's Chromium takes the next); 0: any free port. */
  port: number;
}

export const DEFAULT_SIZES = '75,750,7500';

export function parseOptions(args: readonly string[], env: NodeJS.ProcessEnv = {}): Options {
  const { values } = parseArgs({
    args: [...args],
    options: {
      build: { type: 'boolean', default: true },
      sizes: { type: 'string', default: DEFAULT_SIZES },
      port: { type: 'string', default: env.BENCH_PORT ?? '0' },
    },
    allowNegative: true,
  });
  const sizes = [...new Set(String(values.sizes).split(',').map(Number))].sort((a, b) => a - b);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--sizes takes page counts, e.g. 75,750 (got ${values.sizes})`);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65534) {
    throw new Error(`--port takes a port number, or 0 for any free port (got ${values.port})`);
  }
  return { build: Boolean(values.build), sizes, port };
}
