// One-time links sent by mail (verification, reset, invitation, change of e-mail): the mail carries a
// random token, the database only its SHA-256; a link works once and until it expires.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { oneTimeTokens, users } from './schema.ts';

export type TokenPurpose = (typeof oneTimeTokens.purpose.enumValues)[number];
const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function issueToken(db: Queryable, userId: string, purpose: TokenPurpose, validMs: number, now = new Date(), data: Record<string, unknown> = {}): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(oneTimeTokens).values({ tokenHash: digest(token), userId, purpose, createdAt: now, expiresAt: new Date(now.getTime() + validMs), data });
  return token;
}

export type TokenState =
  | { state: 'valid'; userId: string; tokenId: string; email: string; data: Record<string, unknown> }
  | { state: 'expired' | 'used' | 'unknown' };

export async function tokenState(db: Queryable, token: string, purpose: TokenPurpose, now = new Date()): Promise<TokenState> {
  if (!token || token.length > 100) return { state: 'unknown' };
  const [row] = await db.select({ t: oneTimeTokens, email: users.email }).from(oneTimeTokens).innerJoin(users, eq(users.id, oneTimeTokens.userId))
    .where(and(eq(oneTimeTokens.tokenHash, digest(token)), eq(oneTimeTokens.purpose, purpose)));
  if (!row) return { state: 'unknown' };
  if (row.t.usedAt) return { state: 'used' };
  if (row.t.expiresAt <= now) return { state: 'expired' };
  return { state: 'valid', userId: row.t.userId, tokenId: row.t.id, email: row.email, data: row.t.data as Record<string, unknown> };
}

/** Marks the token used; false when another request used it first. */
export async function consumeToken(db: Queryable, tokenId: string, now = new Date()): Promise<boolean> {
  const marked = await db.update(oneTimeTokens).set({ usedAt: now }).where(and(eq(oneTimeTokens.id, tokenId), isNull(oneTimeTokens.usedAt))).returning({ id: oneTimeTokens.id });
  return marked.length === 1;
}
