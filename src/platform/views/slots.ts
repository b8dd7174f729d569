// Per-response values in cached public pages. A cached page is rendered once for every visitor; a value that
// must differ per response (a form's CSRF token, the signed time a form was shown) is rendered as a
// placeholder, and `reply.publicPage(build, fills)` puts each response's own value in its place, as it does
// with the script nonce. The placeholder carries a random part per process, so no stored text can forge it.
import { randomBytes } from 'node:crypto';

const marker = randomBytes(12).toString('hex');

/** The placeholder for the per-response value `name` (lower-case letters). */
export function responseSlot(name: string): string {
  if (!/^[a-z]+$/.test(name)) throw new Error(`slot names are lower-case letters: ${name}`);
  return `zugang-slot-${marker}-${name}-end`;
}

export const SLOT_PATTERN_SOURCE = `zugang-slot-${marker}-([a-z]+)-end`;

/** Values for the slots of one response: each must be safe inside an HTML attribute (tokens: letters, digits, `-_.+/=`). */
export type SlotFills = Record<string, () => string>;
