// The one script every page loads: it wires what the page has (search boxes, copy buttons, the
// theme toggle) and registers the offline copy. Astro writes it inline, so a page is one request; the search itself waits in its
// own file until a box is used (see search/boot.ts). It stays inline only while nothing it
// imports is imported by another page's script too: the bundler would move such a module into a
// file of its own, fetched by every page (tests/e2e/budgets.spec.ts counts the requests).
import { bootCopyLinks } from './copy-boot.ts';
import { registerServiceWorker } from './offline.ts';
import { bootSearch } from './search/boot.ts';
import { enhanceThemeToggle } from './theme-toggle.ts';

bootSearch();
bootCopyLinks();
enhanceThemeToggle();
registerServiceWorker();
