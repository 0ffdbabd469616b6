/**
 * The sending side of the message layer, for content scripts, popup and options.
 * Imports only types from the schema module, so zod stays out of the content script.
 */
import { browser } from 'wxt/browser';
import type { Request, Response } from './schema';

export class RequestError extends Error {}

export async function send<T>(request: Request): Promise<T> {
  const response = (await browser.runtime.sendMessage(request)) as Response<T> | undefined;
  if (!response) throw new RequestError('Docket Margin’s background page did not answer.');
  if (!response.ok) throw new RequestError(response.error);
  return response.data;
}
