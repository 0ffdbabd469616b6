/**
 * An error whose message is written for the user (a bad field, a case that no longer exists).
 * The router shows its message as is; any other error is reported as an internal failure.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}
