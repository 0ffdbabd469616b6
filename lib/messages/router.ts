/**
 * The receiving side of the message layer: validates every request with the `Request` schema,
 * dispatches it to its handler and always answers `{ok:true,data}` or `{ok:false,error}` — it
 * never throws to the caller. Handlers may be added later (`register`), e.g. by sync.
 */
import type { z } from 'zod';
import { formatPath } from './field-path';
import { Request, type Response, type ResponseData } from './schema';
import { UserError } from './user-error';

/** A request after validation (defaults applied). */
export type ParsedRequest = z.output<typeof Request>;
export type RequestOf<K extends ParsedRequest['type']> = Extract<ParsedRequest, { type: K }>;

/** Who sent it: the tab for content scripts (undefined for extension pages). */
export interface Sender {
  tab?: { id?: number };
  url?: string;
}

export type Handler<K extends ParsedRequest['type']> = (request: RequestOf<K>, sender: Sender) => Promise<ResponseData[K]> | ResponseData[K];
export type Handlers = { [K in ParsedRequest['type']]: Handler<K> };

export interface Router {
  (message: unknown, sender?: Sender): Promise<Response>;
  /** Add or replace the handler of one request type. */
  register<K extends ParsedRequest['type']>(type: K, handler: Handler<K>): void;
}

/** The first problem with a request, naming the field: `report.primary.year: Invalid string`. */
export function describeInvalid(message: unknown, error: z.ZodError): string {
  const issue = error.issues[0];
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (!issue) return 'Invalid request.';
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return 'Invalid request: it has no type.';
  if (issue.path.length === 1 && issue.path[0] === 'type')
    return typeof type === 'string' ? `Unknown request type "${type.slice(0, 40)}".` : 'Invalid request: it has no type.';
  return `Invalid ${typeof type === 'string' ? type.slice(0, 40) : 'request'}: ${formatPath(issue.path)}: ${issue.message}`;
}

export function createRouter(handlers: Partial<Handlers>): Router {
  const table = new Map<string, Handler<ParsedRequest['type']>>(Object.entries(handlers) as [string, Handler<ParsedRequest['type']>][]);
  const route = async (message: unknown, sender: Sender = {}): Promise<Response> => {
    const parsed = Request.safeParse(message);
    if (!parsed.success) return { ok: false, error: describeInvalid(message, parsed.error) };
    const handler = table.get(parsed.data.type);
    if (!handler) return { ok: false, error: `Docket Margin cannot answer "${parsed.data.type}" yet.` };
    try {
      return { ok: true, data: await handler(parsed.data as never, sender) };
    } catch (error) {
      if (error instanceof UserError) return { ok: false, error: error.message };
      // Not the user's doing: say so plainly, keep details for the console.
      console.error('[docket-margin]', parsed.data.type, error);
      return { ok: false, error: `Docket Margin could not complete "${parsed.data.type}": ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  return Object.assign(route, {
    register<K extends ParsedRequest['type']>(type: K, handler: Handler<K>): void {
      table.set(type, handler as unknown as Handler<ParsedRequest['type']>);
    },
  });
}
