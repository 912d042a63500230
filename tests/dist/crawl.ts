// A crawl of every link and #fragment on every page of a built site, as a host would serve it
// at its base: a link must stay under the base (or go to an allowed external host), name a file
// that exists, and name an id that its page has.
import { existsSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { isAllowedExternal } from '../../src/lib/external-links.ts';
import { read, type BuiltSite, type HtmlNode } from './site.ts';

export interface Crawl {
  broken: string[];
  checked: number;
  /** Whether an address (a path on the host) names a file of the site. */
  exists(pathname: string): boolean;
  idsByPath: Map<string, Set<string>>;
}

/** Links in markup that the browser follows or fetches. */
const LINKING = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['form', 'action'],
] as const;

export function crawl(site: BuiltSite): Crawl {
  const idsByPath = new Map<string, Set<string>>();
  const linksByPath = new Map<string, string[]>();
  for (const [path, file] of site.htmlPages) {
    const ids = new Set<string>();
    const links: string[] = [];
    const visit = (node: HtmlNode) => {
      if (node.attribs?.id) ids.add(node.attribs.id);
      for (const [name, attribute] of LINKING) {
        if (node.name === name && node.attribs?.[attribute] !== undefined) {
          links.push(node.attribs[attribute]);
        }
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(parseDocument(read(file)) as unknown as HtmlNode);
    idsByPath.set(path, ids);
    linksByPath.set(path, links);
  }

  const exists = (pathname: string): boolean => {
    if (!pathname.startsWith(site.base)) return false;
    const relative = decodeURIComponent(pathname.slice(site.base.length));
    if (relative === '' || relative.endsWith('/')) {
      return existsSync(new URL(`${relative}index.html`, site.dir));
    }
    return existsSync(new URL(relative, site.dir));
  };

  const broken: string[] = [];
  let checked = 0;
  for (const [path, links] of linksByPath) {
    for (const href of links) {
      checked += 1;
      const url = new URL(href, new URL(path, site.origin));
      // An inline image (the icon) is part of the page: it goes nowhere and fetches nothing.
      if (url.protocol === 'data:' && href.startsWith('data:image/')) continue;
      if (url.origin !== site.origin) {
        if (!isAllowedExternal(url)) broken.push(`${path}: external link to ${url.href} is not allowed`);
        continue;
      }
      if (!url.pathname.startsWith(site.base)) {
        broken.push(`${path}: ${href} leaves the site's path ${site.base}`);
        continue;
      }
      if (!exists(url.pathname)) {
        broken.push(`${path}: ${href} has no file in the build`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsByPath.get(url.pathname)?.has(fragment)) {
        broken.push(`${path}: ${href} names #${fragment}, which ${url.pathname} does not have`);
      }
    }
  }
  return { broken, checked, exists, idsByPath };
}
