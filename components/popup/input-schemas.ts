/**
 * The input schemas (NoteInput, DeadlineInput, ProductionInput), loaded when first needed. zod is
 * most of the popup's script and its first view needs none of it, so keeping it out of the first
 * chunk shortens time to interactive; the entrypoint warms it right after, so a save never waits.
 */
type Schemas = typeof import('../../lib/messages/schema');

let loading: Promise<Schemas> | null = null;

export function inputSchemas(): Promise<Schemas> {
  loading ??= import('../../lib/messages/schema');
  return loading;
}
