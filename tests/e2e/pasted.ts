// What engineers paste from traces and PBX logs (the examples that used to find nothing or the
// wrong page), the page each must land on first, and whether that answer is exact: Enter opens
// an exact answer at once; otherwise the reader chooses it.
export const pasted: { query: string; url: string; exact: boolean }[] = [
  { query: 'SIP/2.0 503 Service Unavailable', url: '/503/', exact: true },
  { query: 'SIP/2.0 486 Busy Here', url: '/486/', exact: true },
  { query: 'USER_BUSY', url: '/causes/17/', exact: true },
  { query: 'cause=17', url: '/causes/17/', exact: true },
  { query: 'Reason: Q.850;cause=34', url: '/causes/34/', exact: true },
  { query: 'NORMAL_CLEARING', url: '/causes/16/', exact: true },
  { query: 'spam', url: '/607/', exact: false },
  { query: '4O4', url: '/404/', exact: false },
  {
    query: '477 Unfortunately error on sending to next hop occurred (477/TM)',
    url: '/477/',
    exact: true,
  },
];
