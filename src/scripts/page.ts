// The one script every page loads: it wires what the page has (search boxes, copy buttons, the
// theme toggle). One file instead of one per component keeps a page at two requests; the search
// itself waits in its own file until a box is used (see search/boot.ts).
import { enhanceCopyLinks } from './copy-links.ts';
import { bootSearch } from './search/boot.ts';
import { enhanceThemeToggle } from './theme-toggle.ts';

bootSearch();
enhanceCopyLinks();
enhanceThemeToggle();
