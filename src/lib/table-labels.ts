// On a narrow screen every table is shown as one card per row, each value under the name of
// its column (src/styles/global.css). The names come from the table's own header row: this
// copies each into a data-label attribute on the cells of its column, for every table of every
// page (src/middleware.ts), so a table written anywhere, in a component or in content, gets it.

const TABLE = /<table\b[^>]*>[\s\S]*?<\/table>/g;
const THEAD = /<thead\b[^>]*>([\s\S]*?)<\/thead>/;
const HEADER_CELL = /<th\b([^>]*)>([\s\S]*?)<\/th>/g;
const ROW = /<tr\b[^>]*>[\s\S]*?<\/tr>/g;
const CELL_START = /<(td|th)\b([^>]*)>/g;

const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/"/g, '&quot;');

const spanOf = (attributes: string) => Number(/\bcolspan="(\d+)"/.exec(attributes)?.[1] ?? 1);

/** The column names of a table's header row, one per column (a colspan repeats its name). */
function columnNames(table: string): string[] | null {
  const head = THEAD.exec(table)?.[1];
  if (!head) return null;
  return [...head.matchAll(HEADER_CELL)].flatMap(([, attributes = '', content = '']) =>
    Array<string>(spanOf(attributes)).fill(textOf(content)),
  );
}

function labelRow(row: string, names: readonly string[]): string {
  let column = 0;
  return row.replace(CELL_START, (tag: string, name: string, attributes: string) => {
    const label = names[column];
    column += spanOf(attributes);
    if (!label || /\bdata-label=/.test(attributes)) return tag;
    return `<${name}${attributes} data-label="${label}">`;
  });
}

/** Adds data-label="Column name" to every body cell of every table with a header row. */
export function labelTableCells(html: string): string {
  return html.replace(TABLE, (table) => {
    const names = columnNames(table);
    if (!names) return table;
    const headEnd = table.search(/<\/thead>/) + '</thead>'.length;
    return (
      table.slice(0, headEnd) + table.slice(headEnd).replace(ROW, (row) => labelRow(row, names))
    );
  });
}
