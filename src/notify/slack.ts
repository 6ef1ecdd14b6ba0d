/**
 * "Post in #on-call-swaps": a merged swap, announced once through a Slack incoming webhook (any
 * receiver of Slack's webhook format works). The webhook URL is a secret and is never printed.
 */
import { redactError } from '../util/redact.js';
import type { Policy, SwapEntry } from '../model/load.js';
import { instantMs, isoUtc } from '../util/time.js';
import { slackLink, slackText } from '../render/slack.js';
import { REASON_MAX } from '../model/limits.js';

/** The message, in Slack mrkdwn: every name and the reason escaped; the PR link is the only live one. */
export function swapAnnouncement(swap: SwapEntry, policy: Policy, link: string): string {
  const name = (id: string) => slackText(policy.team?.people.find((p) => p.id === id)?.name ?? id, 80);
  const d = swap.data;
  const until = d.end ? ` to ${isoUtc(instantMs(d.end))}` : ' for the rest of the shift';
  return (
    `:arrows_counterclockwise: On-call swap merged: ${name(d.covering)} covers ${name(d.relieved)} ` +
    `on *${slackText(d.schedule, 64)}* from ${isoUtc(instantMs(d.start))}${until}. ` +
    `Reason: ${slackText(d.reason, REASON_MAX)}. ${slackLink(link, 'the pull request')}`
  );
}

export async function postSwapToChannel(webhook: string, swap: SwapEntry, policy: Policy, link: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(webhook, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Unfurling would fetch and preview whatever address the text holds; the tool's link needs none.
      body: JSON.stringify({ text: swapAnnouncement(swap, policy, link), unfurl_links: false, unfurl_media: false }),
      signal: AbortSignal.timeout(Number(process.env.ONCALL_HTTP_TIMEOUT_MS) || 10_000),
    });
  } catch (error) {
    // fetch quotes a URL it cannot parse, and here the URL is the secret (redacted in place).
    const e = redactError(error as Error, [webhook]);
    const why = e.cause instanceof Error ? ` (${e.cause.message})` : '';
    throw new Error(`the team channel's webhook could not be reached: ${e.message}${why}`, { cause: error });
  }
  if (!response.ok) throw new Error(`the team channel's webhook answered HTTP ${response.status}`);
}
