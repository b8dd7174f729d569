// Visitors' feedback on service pages: reports of a wrong entry (what is wrong, free text, an optional
// address for questions back) and "did this entry help?" answers. Reports are personal data: the trigger of
// migration 0022 audits every change, listReports audits every read. Answers are counts per service and day,
// nothing about who answered. Spam protection without third parties: a signed time in the form (too fast
// or too old is refused), a honeypot field, and the per-IP throttle of the accounts module.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { authorize, can, feedbackScope } from '../../platform/policy.ts';
import { countAttempt, throttleKeys, throttleWait } from '../accounts/throttle.ts';

export const REPORT_CATEGORIES = ['address', 'hours', 'contact', 'discontinued', 'other'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** A form filled faster than this is a machine's. */
export const MIN_FORM_SECONDS = 3;
/** A form shown longer ago than this is stale (and its token may have been collected). */
export const MAX_FORM_SECONDS = 24 * 3600;
/** The honeypot field's name: people never see it, machines that fill every field do. */
export const HONEYPOT = 'homepage';

// ---- The signed form time ----

const sign = (secret: string, ms: number) => createHmac('sha256', secret).update(`feedback-form|${ms}`).digest('base64url').slice(0, 22);

/** The time the form is shown, signed: `<ms>.<signature>`. */
export function formTimeToken(secret: string, now = new Date()): string {
  const ms = now.getTime();
  return `${ms}.${sign(secret, ms)}`;
}

export type FormTimeCheck = 'ok' | 'tooFast' | 'expired' | 'invalid';

export function checkFormTime(secret: string, token: string, now = new Date()): FormTimeCheck {
  const m = /^(\d{10,16})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m) return 'invalid';
  const ms = Number(m[1]);
  const expected = Buffer.from(sign(secret, ms));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = (now.getTime() - ms) / 1000;
  if (age < MIN_FORM_SECONDS) return 'tooFast';
  if (age > MAX_FORM_SECONDS) return 'expired';
  return 'ok';
}

// ---- Visitors' side ----

export const reportInput = z.object({
  category: z.enum(REPORT_CATEGORIES),
  message: z.string().trim().max(2000),
  email: z.union([z.literal(''), z.string().trim().max(300).email()]),
}).refine((v) => v.category !== 'other' || v.message.length > 0, { path: ['message'], message: 'required' });

export type ReportValues = { category: string; message: string; email: string };
export type FeedbackProblem = { field: 'category' | 'message' | 'email' | 'helpful'; key: string };

export type Refusal = { refusal: 'throttled'; retryAfterSeconds: number } | { refusal: 'tooFast' | 'expired' | 'invalid' };

/** Everything before a submission counts: the form's time, the honeypot, the IP's allowance. A filled honeypot is 'trap': answered as if it worked, nothing stored. */
async function admit(db: Queryable, opts: { secret: string; ip: string | undefined; formTime: string; honeypot: string; now?: Date }): Promise<Refusal | 'trap' | null> {
  if (opts.honeypot.trim() !== '') return 'trap';
  const time = checkFormTime(opts.secret, opts.formTime, opts.now);
  if (time !== 'ok') return { refusal: time };
  const key = throttleKeys('feedback', '', opts.ip).ip;
  const wait = await throttleWait(db, [key], opts.now);
  if (wait > 0) return { refusal: 'throttled', retryAfterSeconds: wait };
  await countAttempt(db, [key], opts.now);
  return null;
}

async function serviceExists(db: Queryable, serviceId: string): Promise<boolean> {
  const [s] = await rows<{ id: string }>(db, sql`SELECT id FROM services WHERE id = ${serviceId}::uuid`);
  return Boolean(s);
}

export type SubmitResult = { ok: true } | { ok: false; problems: FeedbackProblem[] } | ({ ok: false } & Refusal) | { ok: false; notFound: true };

/** Stores a visitor's report about a service (in an audited transaction: the trigger records the insert). */
export async function submitReport(db: Queryable, opts: { secret: string; ip: string | undefined; serviceId: string; values: ReportValues; formTime: string; honeypot: string; now?: Date }): Promise<SubmitResult> {
  if (!(await serviceExists(db, opts.serviceId))) return { ok: false, notFound: true };
  const parsed = reportInput.safeParse(opts.values);
  if (!parsed.success) {
    const problems = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].map((field) => ({ field, key: field === 'message' && opts.values.message.trim() === '' ? 'messageRequired' : field }) as FeedbackProblem);
    return { ok: false, problems };
  }
  const gate = await admit(db, opts);
  if (gate === 'trap') return { ok: true };
  if (gate) return { ok: false, ...gate };
  await db.execute(sql`INSERT INTO feedback_reports (service_id, category, message, contact_email)
    VALUES (${opts.serviceId}::uuid, ${parsed.data.category}, ${parsed.data.message}, ${parsed.data.email || null})`);
  return { ok: true };
}

/** Counts one "did this help?" answer for today (no record of who answered). */
export async function recordHelpful(db: Queryable, opts: { secret: string; ip: string | undefined; serviceId: string; helpful: string; formTime: string; honeypot: string; timeZone: string; now?: Date }): Promise<SubmitResult> {
  if (!(await serviceExists(db, opts.serviceId))) return { ok: false, notFound: true };
  if (opts.helpful !== 'ja' && opts.helpful !== 'nein') return { ok: false, problems: [{ field: 'helpful', key: 'helpful' }] };
  const gate = await admit(db, opts);
  if (gate === 'trap') return { ok: true };
  if (gate) return { ok: false, ...gate };
  const yes = opts.helpful === 'ja' ? 1 : 0;
  const now = opts.now ?? new Date();
  await db.execute(sql`INSERT INTO feedback_helpful (service_id, day, yes, no)
    VALUES (${opts.serviceId}::uuid, (${now.toISOString()}::timestamptz AT TIME ZONE ${opts.timeZone})::date, ${yes}, ${1 - yes})
    ON CONFLICT (service_id, day) DO UPDATE SET yes = feedback_helpful.yes + excluded.yes, no = feedback_helpful.no + excluded.no`);
  return { ok: true };
}

// ---- Editors' side ----

export type ReportItem = {
  id: string; serviceId: string; serviceName: string; organizationName: string; category: ReportCategory; message: string;
  contactEmail: string | null; status: 'open' | 'done'; createdAt: Date; doneAt: Date | null;
};

export const REPORTS_PER_PAGE = 25;

/**
 * The reports the actor may see (directory editors: all; organisers: their organisations' services), by
 * status, newest first, one bounded page. The read is audited (they hold personal data).
 */
export async function listReports(db: Queryable, ctx: RequestContext, opts: { status: 'open' | 'done'; page: number }): Promise<{ items: ReportItem[]; total: number }> {
  authorize(ctx.actor, 'feedback.read');
  const scope = feedbackScope(ctx.actor, sql`s.organization_id`);
  const [{ total }] = await rows<{ total: number }>(db, sql`
    SELECT count(*)::int AS total FROM feedback_reports r JOIN services s ON s.id = r.service_id WHERE r.status = ${opts.status} AND ${scope}`);
  const list = await rows<Record<string, unknown>>(db, sql`
    SELECT r.id, r.service_id, s.name AS service_name, o.name AS organization_name, r.category, r.message, r.contact_email, r.status, r.created_at, r.done_at
    FROM feedback_reports r JOIN services s ON s.id = r.service_id JOIN organizations o ON o.id = s.organization_id
    WHERE r.status = ${opts.status} AND ${scope}
    ORDER BY r.created_at DESC, r.id DESC LIMIT ${REPORTS_PER_PAGE} OFFSET ${(opts.page - 1) * REPORTS_PER_PAGE}`);
  const items = list.map((r) => ({
    id: r.id as string, serviceId: r.service_id as string, serviceName: r.service_name as string, organizationName: r.organization_name as string,
    category: r.category as ReportCategory, message: r.message as string, contactEmail: (r.contact_email as string) ?? null,
    status: r.status as 'open' | 'done', createdAt: new Date(r.created_at as string), doneAt: r.done_at ? new Date(r.done_at as string) : null,
  }));
  if (items.length) {
    await recordAudit(db, ctx, { action: 'feedback.read', resourceType: 'feedback_reports', details: { ids: items.map((i) => i.id), status: opts.status, page: opts.page } });
  }
  return { items, total };
}

/** Marks a report done; outside the actor's reach (or unknown) it is `false`, and the refusal is audited. */
export async function markReportDone(db: Queryable, ctx: RequestContext, reportId: string): Promise<boolean> {
  const [r] = await rows<{ organization_id: string }>(db, sql`
    SELECT s.organization_id FROM feedback_reports r JOIN services s ON s.id = r.service_id WHERE r.id = ${reportId}::uuid`);
  const allowed = r && can(ctx.actor, 'feedback.manage', { organizationId: r.organization_id });
  if (!allowed) {
    await recordAudit(db, ctx, { action: 'feedback.manage', resourceType: 'feedback_reports', resourceId: reportId, outcome: 'denied' });
    return false;
  }
  await db.execute(sql`UPDATE feedback_reports SET status = 'done', done_at = now(), done_by = ${ctx.actor.kind === 'user' ? ctx.actor.userId : null}::uuid
    WHERE id = ${reportId}::uuid AND status = 'open'`);
  return true;
}

// ---- Counts (for the editors' page and the monitoring) ----

export type FeedbackCounts = {
  reports: { open: number; done: number };
  /** "Did this help?" per service, most answers first. */
  helpful: { serviceId: string; serviceName: string; yes: number; no: number }[];
};

/**
 * Aggregated feedback counts, no personal data: reports per status, and the "did this help?" answers per
 * service in a period (days, inclusive; default all). `organizationIds` narrows to some providers' services
 * (the editors' page passes the actor's scope); the monitoring module calls it without.
 */
export async function feedbackCounts(db: Queryable, opts: { from?: string; to?: string; organizationIds?: string[] | 'all'; limit?: number } = {}): Promise<FeedbackCounts> {
  const orgs = opts.organizationIds ?? 'all';
  const scope = orgs === 'all' ? sql`TRUE` : sql`s.organization_id = ANY(${sql.param(orgs)}::uuid[])`;
  const [reports] = await rows<{ open: number; done: number }>(db, sql`
    SELECT count(*) FILTER (WHERE r.status = 'open')::int AS open, count(*) FILTER (WHERE r.status = 'done')::int AS done
    FROM feedback_reports r JOIN services s ON s.id = r.service_id WHERE ${scope}`);
  const helpful = await rows<{ serviceId: string; serviceName: string; yes: number; no: number }>(db, sql`
    SELECT h.service_id AS "serviceId", s.name AS "serviceName", sum(h.yes)::int AS yes, sum(h.no)::int AS no
    FROM feedback_helpful h JOIN services s ON s.id = h.service_id
    WHERE ${scope} ${opts.from ? sql`AND h.day >= ${opts.from}::date` : sql``} ${opts.to ? sql`AND h.day <= ${opts.to}::date` : sql``}
    GROUP BY h.service_id, s.name ORDER BY sum(h.yes + h.no) DESC, s.name LIMIT ${opts.limit ?? 100}`);
  return { reports, helpful };
}

/** The organisations whose feedback the actor sees: 'all' for directory editors. */
export function feedbackOrganizations(ctx: RequestContext): 'all' | string[] {
  if (ctx.actor.kind !== 'user') return [];
  if (ctx.actor.roles.includes('directory_editor')) return 'all';
  return ctx.actor.memberships.filter((m) => m.role === 'org_admin' || m.role === 'editor').map((m) => m.organizationId);
}
