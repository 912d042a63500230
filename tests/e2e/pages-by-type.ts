/** One page of each type the site has, for gates that must hold on all of them. */
export const pageTypes = [
  ['home', '/'],
  ['class', '/4xx/'],
  ['code', '/401/'],
  ['guide', '/guides/busy-and-rejection/'],
  ['guide index', '/guides/'],
  ['cheat sheet', '/cheatsheet/'],
  ['search', '/search/?q=486'],
  ['not found', '/no-such-page/'],
  ['unregistered code', '/499/'],
  ['code a proxy makes up', '/477/'],
  ['cause', '/causes/17/'],
  ['cause index', '/causes/'],
  ['explain', '/explain/'],
] as const;
