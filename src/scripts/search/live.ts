// Everything the search needs once a box is used, in one file: the header box and the search
// page share nearly all of it. Evaluated once; it then takes over each box the page script hands
// it (handoff.ts).
import { GO_LIVE, type GoLiveEvent } from './handoff.ts';
import { enhanceHeaderSearch } from './header-search.ts';
import { startSearchPage } from './search-page.ts';
// The answers' and results' styles are needed once a box is live, not before: every page but the
// search page (which inlines them) fetches them with the live search.
import searchStylesUrl from '../../styles/search.css?url';

if (!document.querySelector('[data-search-page]')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = searchStylesUrl;
  document.head.append(link);
}

document.addEventListener(GO_LIVE, (event) => {
  const box = event.target as HTMLElement;
  const { loaders, submitted } = (event as GoLiveEvent).detail;
  if (box.matches('[data-search-page]')) startSearchPage(box, loaders);
  else enhanceHeaderSearch(box, loaders, submitted);
});
