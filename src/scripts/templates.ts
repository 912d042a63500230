// Result templates for Pagefind's Component UI: its defaults plus the code's one-line summary
// (page meta "summary"). `{{ }}` escapes; `{{+ +}}` keeps the <mark> tags Pagefind puts in the
// excerpt, which it has already escaped.

export const SEARCHBOX_RESULT = `<a class="pf-searchbox-result" id="{{ aria.result_id }}" href="{{ meta.url | default(url) | safeUrl }}" role="option" aria-selected="false" aria-labelledby="{{ aria.title_id }}"{{#if excerpt}} aria-describedby="{{ aria.excerpt_id }}"{{/if}}>
  <p class="pf-searchbox-result-title" id="{{ aria.title_id }}">{{ meta.title | default("Untitled") }}</p>
  {{#if meta.summary}}<p class="pf-searchbox-result-excerpt result-summary">{{ meta.summary }}</p>{{/if}}
  {{#if excerpt}}<p class="pf-searchbox-result-excerpt" id="{{ aria.excerpt_id }}">{{+ excerpt +}}</p>{{/if}}
</a>`;

export const RESULTS_RESULT = `<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      {{#if meta.summary}}<p class="pf-result-summary">{{ meta.summary }}</p>{{/if}}
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
</li>`;

/** Adds a result template to a Component UI element before it is connected. */
export function withTemplate<T extends HTMLElement>(element: T, template: string): T {
  const script = document.createElement('script');
  script.type = 'text/pagefind-template';
  script.textContent = template;
  element.append(script);
  return element;
}
