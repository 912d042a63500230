// The see-also links of all code pages as one undirected graph.

/** Adjacency by code, from each page's own list of links. */
export function seeAlsoGraph(
  pages: readonly { code: number; seeAlso: readonly { code: number }[] }[],
): Map<number, Set<number>> {
  const graph = new Map<number, Set<number>>(pages.map(({ code }) => [code, new Set()]));
  for (const { code, seeAlso } of pages) {
    for (const link of seeAlso) graph.get(code)!.add(link.code);
  }
  return graph;
}

/** Codes that link to nothing: a page with no way to its neighbours. */
export function isolatedCodes(graph: ReadonlyMap<number, ReadonlySet<number>>): number[] {
  return [...graph].filter(([, links]) => links.size === 0).map(([code]) => code);
}

/** Links that the other end does not return, as [from, to] pairs. */
export function oneWayLinks(graph: ReadonlyMap<number, ReadonlySet<number>>): [number, number][] {
  const pairs: [number, number][] = [];
  for (const [from, links] of graph) {
    for (const to of links) if (!graph.get(to)?.has(from)) pairs.push([from, to]);
  }
  return pairs;
}
