/** HTML: untrusted text as element content or a quoted attribute value, escaped so it is only text. */
import { withoutControls } from './plain.js';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return withoutControls(text).replace(/[&<>"']/g, (c) => ENTITY[c]!);
}
