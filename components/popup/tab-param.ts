/**
 * What the popup is for, from its own URL: `popup.html?tab=123` (tests and the options page open it
 * that way) or `popup.html?case=<case id>` (a reminder's notification opens that case's editor).
 * Null when absent or malformed, and the entrypoint then asks for the active tab.
 */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/** The case id of `popup.html?case=…`, or null. The background checks it like any other id. */
export function caseIdFromSearch(search: string): string | null {
  const value = new URLSearchParams(search).get('case');
  return value && value.length <= 128 ? value : null;
}
