/**
 * Turns a failed schema parse into one message per form field, for in-place validation messages,
 * and runs the usual "validate, then write" step of every form. Structural types only, so this
 * module does not import zod itself (the schemas come from lib/messages/schema.ts).
 */
export type FieldErrors = Record<string, string>;

export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** What `schema.safeParse` returns, as far as forms care. */
export type ParseResult<T> = { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
export interface SafeParser<T> {
  safeParse(input: unknown): ParseResult<T>;
}

export function fieldErrors(issues: readonly IssueLike[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '_');
    if (!(field in out)) out[field] = sentence(issue.message);
  }
  return out;
}

/**
 * Validate `input` with `schema` and, when it passes, hand the parsed value to `write`.
 * Answers null on success, else the messages to show: per field, or under `_` for the form.
 */
export async function validateAndWrite<T>(
  schema: SafeParser<T>,
  input: unknown,
  write: (data: T) => Promise<unknown>,
): Promise<FieldErrors | null> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error.issues);
  try {
    await write(parsed.data);
    return null;
  } catch (error) {
    return { _: errorText(error) };
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Schema messages are written lower-case ("a note needs text"); forms show sentences. */
function sentence(message: string): string {
  const m = message.trim();
  return m ? m[0]!.toUpperCase() + m.slice(1) + (/[.!?]$/.test(m) ? '' : '.') : 'Invalid value.';
}
