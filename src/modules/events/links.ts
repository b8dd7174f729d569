// The links in registration mails: `<registration id>.<HMAC-SHA256 of purpose and id under the instance
// key>`. The database stores no token, so a copy of it forges no link; every mail (confirmation,
// moving up, a message from the organiser) can carry the same personal link; a changed character makes
// it unknown. The opt-in link additionally expires (event_registrations.confirm_expires_at).
import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkPurpose = 'confirm' | 'manage';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(secretKey: string, purpose: LinkPurpose, id: string): Buffer {
  return createHmac('sha256', `zugang-event-links|${secretKey}`).update(`${purpose}|${id}`).digest();
}

export function registrationToken(secretKey: string, purpose: LinkPurpose, registrationId: string): string {
  return `${registrationId}.${signature(secretKey, purpose, registrationId).toString('base64url')}`;
}

/** The registration id a token names, or null when it is malformed or its signature is wrong. */
export function verifyRegistrationToken(secretKey: string, purpose: LinkPurpose, token: string): string | null {
  if (typeof token !== 'string' || token.length > 120) return null;
  const [id, sig] = token.split('.');
  if (!id || !sig || !UUID.test(id)) return null;
  // Compared as text: base64url decoding ignores the last character's spare bits, so two spellings would
  // decode to the same bytes; only the one canonical spelling is accepted.
  const given = Buffer.from(sig, 'utf8');
  const expected = Buffer.from(signature(secretKey, purpose, id).toString('base64url'), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return id;
}
