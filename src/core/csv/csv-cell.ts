/**
 * Cells of the CSV files the platform writes for people to open in a spreadsheet. A text cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula
 * (CSV injection: a player named `=HYPERLINK(...)` runs when the file is opened), so such a cell gets a leading
 * apostrophe, which spreadsheets show as text (OWASP's advice). Numbers are written as they are, so -1.5 stays a
 * number. Readers of our own files take the apostrophe off again (restoreFormulaText), so a download edited and
 * uploaded again round-trips. Site upload files do not use this: they keep the site's cell format (see uploadCell).
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** True when a spreadsheet would read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** The text as a spreadsheet shows it literally: a leading apostrophe before a formula start. */
export function neutralizeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** Undoes neutralizeFormula on a cell read back from one of our files (only an apostrophe before a formula start). */
export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}

/** One cell of a spreadsheet CSV: null empty, numbers as they are, text neutralized and quoted when it must be. */
export function spreadsheetCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
