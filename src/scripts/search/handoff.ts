// How the page script hands a search box to the live search, which is bundled on its own (see
// boot.ts) and so shares no module state with the page script: an event on the box, carrying
// the loads the page script already started.
import type { Loaders } from './load.ts';

export const GO_LIVE = 'search:go-live';

export interface GoLive {
  loaders: Loaders;
  /** The form was submitted before the live search arrived: it now decides where Enter goes. */
  submitted: boolean;
}

export type GoLiveEvent = CustomEvent<GoLive>;
