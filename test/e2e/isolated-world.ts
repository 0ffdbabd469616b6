/**
 * Run code as our content script runs it: in the extension's isolated world of a docket page,
 * with the content script's `chrome.*` (playwright's page.evaluate reaches only the page's own
 * world). Found through CDP: Runtime.enable reports every execution context, and the content
 * script's is the `isolated` one whose origin is our extension's.
 */
import type { CDPSession, Page } from 'playwright-core';

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

export interface IsolatedWorld {
  /** Evaluate `fn(arg)` in the content script's world; a throw or rejection comes back as `{ threw }`. */
  run<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<{ value: T } | { threw: string }>;
  detach(): Promise<void>;
}

export async function contentScriptWorld(page: Page, extensionId: string, timeoutMs = 10_000): Promise<IsolatedWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const until = Date.now() + timeoutMs;
  let world: ContextDescription | undefined;
  while (!(world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId)))) {
    if (Date.now() > until) throw new Error(`no isolated world of ${extensionId} among ${contexts.map((c) => `${c.auxData?.type}:${c.origin}`).join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const contextId = world.id;
  return {
    async run(fn, arg) {
      const expression = `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
      const res = (await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text?: string; exception?: { description?: string } };
      };
      if (res.exceptionDetails) return { threw: res.exceptionDetails.exception?.description ?? res.exceptionDetails.text ?? 'exception' };
      return { value: res.result.value as never };
    },
    detach: () => cdp.detach(),
  };
}
