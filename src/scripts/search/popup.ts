// The elements the header field gains when it becomes a combobox: a popup holding a listbox of
// two groups (answers, pages), a message line and a link to the search page, and a polite live
// region that tells screen readers how much was found.
import { element } from './render.ts';

function group(label: string): HTMLElement {
  const node = element('div', 'search-group');
  node.setAttribute('role', 'group');
  node.setAttribute('aria-label', label);
  node.hidden = true;
  // The group's name comes from aria-label; the visible label is for the eye only.
  const heading = element('div', 'search-group-label', label);
  heading.setAttribute('aria-hidden', 'true');
  node.append(heading);
  return node;
}

export function buildPopup(form: HTMLFormElement, input: HTMLInputElement) {
  const popup = element('div', 'search-popup');
  popup.hidden = true;
  const listbox = element('div', 'search-options');
  listbox.id = `${input.id}-options`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Answers and pages');
  const answerGroup = group('Answers');
  answerGroup.dataset.answers = '';
  const resultGroup = group('Pages');
  listbox.append(answerGroup, resultGroup);
  const message = element('p', 'search-message');
  const all = element('a', 'search-all');
  popup.append(listbox, message, all);
  const status = element('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  form.append(popup, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.dataset.searchInput = '';
  return { popup, listbox, answerGroup, resultGroup, message, all, status };
}
