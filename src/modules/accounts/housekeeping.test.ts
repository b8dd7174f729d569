import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { makeUser } from '../../test/accounts.ts';
import { rows } from '../../platform/db.ts';
import { removeExpiredAccountData } from './housekeeping.ts';

let d: TestDatabase;
beforeAll(async () => { d = await createTestDatabase(); });
afterAll(async () => { await d?.drop(); });

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

describe('housekeeping', () => {
  it('removes what has outlived its purpose and keeps everything still needed', async () => {
    const userId = await makeUser(d.db, { email: 'mara@example.org', kind: 'citizen' });
    await d.db.execute(sql`INSERT INTO sessions (id, user_id, created_at, last_seen_at, absolute_expires_at, revoked_at) VALUES
      ('alt-beendet', ${userId}, ${ago(40).toISOString()}, ${ago(40).toISOString()}, ${ago(39).toISOString()}, ${ago(40).toISOString()}),
      ('alt-abgelaufen', ${userId}, ${ago(35).toISOString()}, ${ago(35).toISOString()}, ${ago(34).toISOString()}, NULL),
      ('neu-beendet', ${userId}, ${ago(3).toISOString()}, ${ago(3).toISOString()}, ${ago(2).toISOString()}, ${ago(3).toISOString()}),
      ('offen', ${userId}, now(), now(), now() + interval '12 hours', NULL)`);
    await d.db.execute(sql`INSERT INTO one_time_tokens (token_hash, user_id, purpose, expires_at, used_at) VALUES
      ('a', ${userId}, 'reset_password', ${ago(10).toISOString()}, NULL),
      ('b', ${userId}, 'reset_password', now() + interval '1 hour', ${ago(8).toISOString()}),
      ('c', ${userId}, 'verify_email', now() + interval '1 day', NULL)`);
    await d.db.execute(sql`INSERT INTO sign_in_throttle (key, failures, last_failure_at) VALUES
      ('signin:ip:192.0.2.1', 7, ${ago(2).toISOString()}), ('signin:ip:192.0.2.2', 7, now())`);
    await d.db.execute(sql`INSERT INTO mail_outbox (to_address, subject, text_body, template, lang, status, created_at) VALUES
      ('mara@example.org', 'alt', 'x', 'verifyEmail', 'de', 'sent', ${ago(100).toISOString()}),
      ('mara@example.org', 'neu', 'x', 'verifyEmail', 'de', 'sent', ${ago(10).toISOString()}),
      ('mara@example.org', 'wartet', 'x', 'verifyEmail', 'de', 'queued', ${ago(100).toISOString()})`);

    const removed = await removeExpiredAccountData(d.db, { mailRetentionDays: 90 });
    expect(removed).toEqual({ sessions: 2, tokens: 2, throttles: 1, signInStates: 0, mails: 1 });
    expect((await rows<{ id: string }>(d.db, sql`SELECT id FROM sessions ORDER BY id`)).map((r) => r.id)).toEqual(['neu-beendet', 'offen']);
    expect((await rows<{ token_hash: string }>(d.db, sql`SELECT token_hash FROM one_time_tokens`)).map((r) => r.token_hash)).toEqual(['c']);
    expect((await rows<{ subject: string }>(d.db, sql`SELECT subject FROM mail_outbox ORDER BY subject`)).map((r) => r.subject)).toEqual(['neu', 'wartet']);
  });
});
