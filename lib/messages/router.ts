/**
 * The receiving side of the message layer: validates every request with the `Request` schema,
 * decides who sent it (sender.ts) and whether that caller may ask it (content scripts: only what
 * content-access.ts lists, each checked by `authorize`), dispatches it to its handler and always
 * answers `{ok:true,data}` or `{ok:false,error}` — it never throws to the caller. Handlers may be
 * added later (`register`), e.g. by sync.
 */
import type { z } from 'zod';
import { CONTENT_SCRIPT_REQUESTS, contentRefusal, type ContentRule, type ContentRules } from './content-access';
import { formatPath } from './field-path';
import { Request, type Response, type ResponseData } from './schema';
import { BACKGROUND, type Caller, type Sender } from './sender';
import { UserError } from './user-error';

export type { Caller, Sender } from './sender';

/** A request after validation (defaults applied). */
export type ParsedRequest = z.output<typeof Request>;
export type RequestOf<K extends ParsedRequest['type']> = Extract<ParsedRequest, { type: K }>;

export type Handler<K extends ParsedRequest['type']> = (request: RequestOf<K>, caller: Caller) => Promise<ResponseData[K]> | ResponseData[K];
export type Handlers = { [K in ParsedRequest['type']]: Handler<K> };

/** Checks a content script's request against its rule's scope; answers why it is refused, or null. */
export type Authorize = (rule: ContentRule<ParsedRequest['type']>, request: ParsedRequest, caller: Extract<Caller, { kind: 'content' }>) => Promise<string | null> | string | null;

export interface RouterOptions {
  /** Who a runtime.onMessage sender is (the background passes its own id and URL to classifySender). */
  classify?: (sender: Sender) => Caller;
  /** The scope checks of content-access.ts's rules; without it every content-script request is refused. */
  authorize?: Authorize;
  /** The allowlist (tests may pass another). */
  contentRules?: ContentRules;
}

export interface Router {
  /**
   * Answer `message`. `sender` is runtime.onMessage's sender, classified by `options.classify`;
   * without one (the service worker calling itself, tests) the caller is the background.
   */
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

/** A sender with no classifier: nothing vouches for it, so it gets what a content script gets at most. */
const unclassified = (sender: Sender): Caller => ({ kind: 'content', tabId: sender.tab?.id ?? null, pageUrl: sender.url ?? null });

export function createRouter(handlers: Partial<Handlers>, options: RouterOptions = {}): Router {
  const table = new Map<string, Handler<ParsedRequest['type']>>(Object.entries(handlers) as [string, Handler<ParsedRequest['type']>][]);
  const classify = options.classify ?? unclassified;
  const rules = options.contentRules ?? CONTENT_SCRIPT_REQUESTS;

  /** Why this caller may not send this request, or null. */
  const refusal = async (request: ParsedRequest, caller: Caller): Promise<string | null> => {
    if (caller.kind === 'background' || caller.kind === 'extension') return null;
    if (caller.kind === 'foreign') return 'Docket Margin answers only its own pages and scripts.';
    const rule = rules[request.type] as ContentRule<ParsedRequest['type']> | undefined;
    if (!rule || !options.authorize) return contentRefusal(request.type);
    return options.authorize(rule, request, caller);
  };

  const route = async (message: unknown, sender?: Sender): Promise<Response> => {
    const parsed = Request.safeParse(message);
    if (!parsed.success) return { ok: false, error: describeInvalid(message, parsed.error) };
    const caller = sender === undefined ? BACKGROUND : classify(sender);
    try {
      const refused = await refusal(parsed.data, caller);
      if (refused !== null) return { ok: false, error: refused };
      const handler = table.get(parsed.data.type);
      if (!handler) return { ok: false, error: `Docket Margin cannot answer "${parsed.data.type}" yet.` };
      return { ok: true, data: await handler(parsed.data as never, caller) };
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
