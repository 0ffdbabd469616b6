/**
 * The toolbar badge kept true: recounted (lib/deadlines/badge.ts) after every store change and when
 * the day changes. Recounts never overlap, and changes that arrive during one are folded into a
 * single recount after it, so an import of 10,000 cases sets the badge a few times, not 10,000.
 */
import { computeBadge, type Badge, type BadgeDeadline } from '../deadlines/badge';
import type { Clock } from '../deadlines/relative';

/** The parts of `browser.action` (MV3) or `browser.browserAction` (Firefox MV2) the badge uses. */
export interface ActionPort {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

export interface ToolbarBadgeDeps {
  action: ActionPort;
  deadlines: () => Promise<Iterable<BadgeDeadline>>;
  /** "Now" in the user's zone. */
  clock: () => Clock;
}

export interface ToolbarBadge {
  /** Recount and set the badge; resolves with what was set. */
  refresh(): Promise<Badge>;
}

export function createToolbarBadge(deps: ToolbarBadgeDeps): ToolbarBadge {
  let running: Promise<Badge> | null = null;
  let again = false;
  let last: Badge | null = null;

  const apply = async (): Promise<Badge> => {
    const badge = computeBadge(await deps.deadlines(), deps.clock());
    // Only what changed: each call is a round trip to the browser process.
    if (last?.text !== badge.text) await deps.action.setBadgeText({ text: badge.text });
    if (last?.color !== badge.color) await deps.action.setBadgeBackgroundColor({ color: badge.color });
    if (last?.title !== badge.title) await deps.action.setTitle({ title: badge.title });
    last = badge;
    return badge;
  };

  return {
    refresh() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          let badge: Badge;
          do {
            again = false;
            badge = await apply();
          } while (again);
          return badge;
        } finally {
          running = null;
        }
      })();
      return running;
    },
  };
}
