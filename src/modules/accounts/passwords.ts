// Passwords: argon2id (OWASP parameters), at least 10 characters, not one of the 49,000 most common
// passwords (the list of @zxcvbn-ts/language-common); no other composition rules (NIST SP 800-63B).
import { hash, verify, Algorithm } from '@node-rs/argon2';
import { createRequire } from 'node:module';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (!common) {
    const require = createRequire(import.meta.url);
    const lists = require('@zxcvbn-ts/language-common').dictionary as Record<string, string[]>;
    common = new Set(lists['passwords-common'].map((p) => p.toLowerCase()));
  }
  return common;
}

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsEmail';

/** Why a new password is not acceptable, or null. The message keys are `errors.password.<problem>`. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password.length > MAX_PASSWORD_LENGTH) return 'tooLong';
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return 'common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'containsEmail';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false;
  try { return await verify(stored, password); } catch { return false; }
}

/** A hash to verify against when the account does not exist, so that both answers take the same time. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('zugang-timing-equaliser');
  return dummy;
}
