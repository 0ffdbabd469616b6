/** A message about something that went wrong, announced by screen readers when it appears. */
export function ErrorMessage({ message, id }: { message: string | null | undefined; id?: string }) {
  return message ? (
    <p class="error" role="alert" id={id}>
      {message}
    </p>
  ) : null;
}
