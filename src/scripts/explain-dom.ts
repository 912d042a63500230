// Building the explain page's output: every piece of pasted text goes in through text nodes or
// setAttribute, never as markup.

export type Child = Node | string | null | undefined | false;

export function h(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export const link = (href: string, text: string) => h('a', { href }, text);

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
