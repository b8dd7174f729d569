// Freshness of the directory: every night a job flags services whose last confirmation (HSDS
// assured_date; never confirmed: their last modification) is older than 12 months and asks the provider
// once by mail – the organisation's admins and editors, or the organisation's own address – to confirm
// each entry with one click. The link is `/bestaetigen/angebot/<service id>.<HMAC>`: the database stores no
// token; its GET shows a button, its POST sets assured_date to today (audited). Flagged entries show their
// age on the public service page.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { directoryChanged } from '../../platform/cache.ts';
import { queueMail, type MailOptions } from '../../platform/mail/index.ts';
import type { JobName, Jobs, QueueSettings } from '../../platform/jobs/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** An entry not confirmed for this many months is flagged. */
export const STALE_MONTHS = 12;

function signature(secretKey: string, serviceId: string): string {
  return createHmac('sha256', `zugang-service-confirm|${secretKey}`).update(serviceId).digest('base64url');
}

export function confirmationToken(secretKey: string, serviceId: string): string {
  return `${serviceId}.${signature(secretKey, serviceId)}`;
}

/** The service id a token names, or null when it is malformed or forged. */
export function verifyConfirmationToken(secretKey: string, token: string): string | null {
  if (typeof token !== 'string' || token.length > 120) return null;
  const [id, sig, extra] = token.split('.');
  if (!id || !sig || extra !== undefined || !UUID.test(id)) return null;
  const given = Buffer.from(sig, 'utf8');
  const expected = Buffer.from(signature(secretKey, id), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return id;
}

export type FreshnessEnv = { mail: MailOptions; baseUrl: string; secretKey: string };

/**
 * Flags the services not confirmed for 12 months that were not asked since their last confirmation, and
 * mails each organisation's admins and editors (or, without any, the organisation's address) one message
 * with a link per service. Returns how many services were flagged and how many mails were queued.
 */
export async function flagStaleServices(db: Queryable, env: FreshnessEnv, now = new Date()): Promise<{ services: number; mails: number }> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - STALE_MONTHS);
  const due = await rows<{ id: string; name: string; organization_id: string; organization_name: string; organization_email: string | null }>(db, sql`
    SELECT s.id, s.name, s.organization_id, o.name AS organization_name, o.email AS organization_email FROM services s JOIN organizations o ON o.id = s.organization_id
    LEFT JOIN service_confirmations c ON c.service_id = s.id
    WHERE s.status = 'active' AND coalesce(s.assured_date::timestamptz, s.last_modified) < ${cutoff.toISOString()}::timestamptz
      AND (c.requested_at IS NULL OR c.requested_at < coalesce(s.assured_date::timestamptz, s.last_modified))
    ORDER BY o.id, s.name FOR UPDATE OF s SKIP LOCKED`);
  if (!due.length) return { services: 0, mails: 0 };
  const byOrg = new Map<string, typeof due>();
  for (const s of due) byOrg.set(s.organization_id, [...(byOrg.get(s.organization_id) ?? []), s]);
  const people = await rows<{ organization_id: string; email: string; display_name: string }>(db, sql`
    SELECT DISTINCT m.organization_id, u.email, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id
    WHERE m.organization_id = ANY(${sql.param([...byOrg.keys()])}::uuid[]) AND m.role IN ('org_admin', 'editor') AND u.email IS NOT NULL`);
  let mails = 0;
  for (const [orgId, list] of byOrg) {
    const recipients = people.filter((p) => p.organization_id === orgId).map((p) => ({ email: p.email, name: p.display_name }));
    if (!recipients.length && list[0].organization_email) recipients.push({ email: list[0].organization_email, name: list[0].organization_name });
    const links = list.map((s) => `${s.name}:\n${env.baseUrl}/bestaetigen/angebot/${confirmationToken(env.secretKey, s.id)}`).join('\n\n');
    for (const r of recipients) {
      await queueMail(db, env.mail, r.email, 'editorialConfirm', 'de', { name: r.name, organization: list[0].organization_name, links, count: String(list.length) });
      mails++;
    }
    await db.execute(sql`INSERT INTO service_confirmations (service_id, requested_at, requested_to)
      SELECT unnest(${sql.param(list.map((s) => s.id))}::uuid[]), ${now.toISOString()}::timestamptz, ${recipients.map((r) => r.email).join(', ') || null}
      ON CONFLICT (service_id) DO UPDATE SET requested_at = excluded.requested_at, requested_to = excluded.requested_to`);
  }
  return { services: due.length, mails };
}

/** The service a confirmation link names (for its page), or null. */
export async function serviceToConfirm(db: Queryable, serviceId: string): Promise<{ id: string; name: string; organizationName: string; assuredDate: string | null } | null> {
  const [s] = await rows<{ id: string; name: string; organization_name: string; assured_date: string | null }>(db, sql`
    SELECT s.id, s.name, o.name AS organization_name, s.assured_date::text FROM services s JOIN organizations o ON o.id = s.organization_id WHERE s.id = ${serviceId}::uuid`);
  return s ? { id: s.id, name: s.name, organizationName: s.organization_name, assuredDate: s.assured_date } : null;
}

/** Confirms the entry as correct today (no new version: only the date), audited. */
export async function confirmService(db: Queryable, ctx: RequestContext, serviceId: string, now = new Date()): Promise<boolean> {
  const [s] = await rows<{ organization_id: string }>(db, sql`
    UPDATE services SET assured_date = ${now.toISOString().slice(0, 10)}::date, last_modified = ${now.toISOString()}::timestamptz
    WHERE id = ${serviceId}::uuid RETURNING organization_id`);
  if (!s) return false;
  await db.execute(sql`INSERT INTO service_confirmations (service_id, confirmed_at) VALUES (${serviceId}::uuid, ${now.toISOString()}::timestamptz)
    ON CONFLICT (service_id) DO UPDATE SET confirmed_at = excluded.confirmed_at`);
  await recordAudit(db, { ...ctx, organizationId: s.organization_id }, { action: 'service.confirm', resourceType: 'service', resourceId: serviceId, details: { via: 'link' } });
  // The search document carries no date; the stored page document is stale by the row's new version.
  directoryChanged();
  return true;
}

export const editorialQueues: Record<Extract<JobName, 'editorial.freshness'>, QueueSettings> = {
  'editorial.freshness': { policy: 'exclusive', retryLimit: 2, expireInSeconds: 900 },
};

/** Every morning at 06:10 UTC, once across all instances. */
export async function scheduleFreshness(db: Database['db'], jobs: Jobs, env: FreshnessEnv, log: FastifyBaseLogger) {
  await jobs.work('editorial.freshness', async () => {
    const flagged = await db.transaction((tx) => flagStaleServices(tx, env));
    log.info({ flagged }, 'editorial: stale services flagged');
  });
  await jobs.schedule('editorial.freshness', '10 6 * * *', {});
}
