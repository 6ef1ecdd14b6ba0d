/**
 * How much free text the schemas allow (common.schema.json's `name` and `sentence`), so what the bot
 * writes from it is bounded before any renderer caps it.
 */
export const NAME_MAX = 100;
export const REASON_MAX = 300;

/** The schemas' pattern for one line of text: no control characters, line separators or bidi overrides. */
export const ONE_LINE_PATTERN = '^[^\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]*$';
