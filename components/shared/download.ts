/** The type an iCalendar file is saved as. */
export const ICS_TYPE = 'text/calendar;charset=utf-8';

/** Save text as a file through an `<a download>` on a Blob URL: no `downloads` permission needed. The options page and the popup use it. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
