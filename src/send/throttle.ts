/**
 * `--throttle <n>/min`: how many messages a minute at most. The default, 20 a minute
 * (one every 3 s), stays under the strictest limit of the common providers (Microsoft
 * 365 and Outlook.com: 30 a minute) and under the rates that make Gmail slow a sender
 * down; `0` (or `none`) sends as fast as the server answers, for a relay of your own.
 */
export const DEFAULT_THROTTLE = '20/min';

/** Milliseconds between two messages' starts; undefined when `text` is not a rate. */
export function throttleInterval(text: string): number | undefined {
  const match = /^\s*(none|\d+(?:\.\d+)?)\s*(?:\/\s*(min|minute|h|hour))?\s*$/i.exec(text);
  if (!match) return undefined;
  if (match[1]!.toLowerCase() === 'none') return 0;
  const n = Number(match[1]);
  if (n === 0) return 0;
  const per = /^h/i.test(match[2] ?? '') ? 3_600_000 : 60_000;
  return Math.ceil(per / n);
}
