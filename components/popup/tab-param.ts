/**
 * The tab the popup is for, from its own URL: `popup.html?tab=123` (tests and the options page
 * open it that way). Null when absent or not a tab id, and the entrypoint then asks for the
 * active tab.
 */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}
