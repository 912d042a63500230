// Content links to other pages by their site-relative address ("[600](/600/)"), as an author
// reads it. This Markdown plugin puts the site's base in front of such links when Markdown and
// MDX are compiled, so a copy published under a path links within it. Links to other sites,
// protocol-relative links ("//host/") and fragments are left alone.
import { withBase } from './paths.ts';

/** What the plugin needs of a Markdown syntax tree node and of the processor's context. */
interface UrlNode {
  url: string;
}
interface JsxNode {
  type: string;
  name: string | null;
  attributes: readonly { type: string; name?: string; value?: unknown }[];
  children: readonly unknown[];
}
interface Context {
  setProperty(node: never, key: string, value: unknown): void;
  replaceNode(node: never, replacement: never): void;
}

const LINK_ATTRIBUTES = new Set(['href', 'src']);

/** The address to write for a link in content: site-relative ones gain the base. */
export function contentLink(url: string, base: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? withBase(base, url) : url;
}

/**
 * A Sätteri mdast plugin (Astro's Markdown processor): `markdown.processor:
 * satteri({ mdastPlugins: [markdownBasePath('/sip/')] })`. Covers Markdown links, images and
 * link definitions, and `href`/`src` on JSX elements written in MDX.
 */
export function markdownBasePath(base: string) {
  const rewriteUrl = (node: UrlNode, context: Context) => {
    const url = contentLink(node.url, base);
    if (url !== node.url) context.setProperty(node as never, 'url', url);
  };
  const rewriteAttributes = (node: JsxNode, context: Context) => {
    const attributes = node.attributes.map((attribute) =>
      attribute.type === 'mdxJsxAttribute' &&
      LINK_ATTRIBUTES.has(attribute.name ?? '') &&
      typeof attribute.value === 'string'
        ? { ...attribute, value: contentLink(attribute.value, base) }
        : attribute,
    );
    if (attributes.some((attribute, index) => attribute !== node.attributes[index])) {
      // The processor cannot set a JSX element's attributes in place; it can swap the element.
      const { type, name, children } = node;
      context.replaceNode(node as never, { type, name, attributes, children } as never);
    }
  };
  return {
    name: 'base-path',
    link: rewriteUrl,
    image: rewriteUrl,
    definition: rewriteUrl,
    mdxJsxFlowElement: rewriteAttributes,
    mdxJsxTextElement: rewriteAttributes,
  };
}
