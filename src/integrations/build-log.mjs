// The build log, without the line per generated page: 600 of those hide the warnings that
// matter. Everything else goes to Astro's own console destination unchanged; the build still
// ends with Astro's count of the pages it built.
import nodeDestination from 'astro/logger/node';

/** @typedef {{ label: string | null; level: string; message: string; newLine: boolean }} LogEvent */

/** @param {{ level?: string } | undefined} config */
export default function buildLog(config) {
  const destination = nodeDestination(config);
  let inRouteLine = false;
  return {
    /** @param {LogEvent} event */
    write(event) {
      // A route is logged as its path (no line break), then its timing as a second event.
      if (event.label === null && !event.newLine && event.message.includes('├─')) {
        inRouteLine = true;
        return;
      }
      if (inRouteLine && event.label === 'SKIP_FORMAT') {
        inRouteLine = false;
        return;
      }
      inRouteLine = false;
      destination.write(event);
    },
  };
}
