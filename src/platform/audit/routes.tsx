// The audit log for the data protection officer (audit.read: that role, with a confirmed second factor).
// Reading is itself audited: the page as audit.read, the CSV export as audit.export, the chain check as
// audit.verify, each with the filter in its details.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { translator, type T } from '../i18n.ts';
import { recordAudit, verifyAuditChain, type RequestContext } from './index.ts';
import {
  auditActions, auditPage, auditPages, csvLine, FILTER_FIELDS, nameEntries, parseAuditFilter, resolveAuditFilter,
  type AuditFilterInput, type NamedEntry, type Resolution, type ResolvedFilter,
} from './reading.ts';
import { AuditLogPage, PARAM, type AuditEntryView, type AuditLogView, type ChainView, type PersonView } from './views.tsx';
import type { Person } from '../../modules/accounts/people.ts';

const PAGE_SIZE = 50;

function context(req: FastifyRequest): RequestContext {
  return { actor: req.actor, role: 'data_protection_officer', ip: req.ip, userAgent: req.headers['user-agent'], correlationId: String(req.id) };
}

/** The filter as typed, from the query string (a repeated parameter counts once). */
function typedFilter(query: Record<string, unknown>): AuditFilterInput {
  const one = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');
  return Object.fromEntries(FILTER_FIELDS.map((f) => [f, one(query[PARAM[f]])])) as AuditFilterInput;
}

const cursor = (v: unknown) => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : undefined);

/** The filter's query string (only the fields set), with the language and extra parameters. */
function filterQuery(values: AuditFilterInput, lang: string, extra: Record<string, string | number> = {}): string {
  const q = new URLSearchParams();
  for (const f of FILTER_FIELDS) if (values[f].trim()) q.set(PARAM[f], values[f].trim());
  if (lang !== 'de') q.set('lang', lang);
  for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** What the audit entry of a read records about the filter: as the officer typed it, without empty fields and without the account ids it resolved to. */
function auditedFilter(f: ResolvedFilter): Record<string, string> {
  const { subjectIds: _s, actorIds: _a, idRange: _r, ...typed } = f;
  return Object.fromEntries(Object.entries(typed).filter((e): e is [string, string] => e[1] !== undefined));
}

function presenter(t: T, lang: string, timeZone: string) {
  const time = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone });
  const person = (id: string | null, p: Person | null): PersonView | null =>
    (p ? { name: p.displayName, email: p.email } : id ? { name: t('auditLog.deletedAccount'), email: id } : null);
  const role = (r: string | null) => (r ? t(`auditLog.roles.${r}`, { defaultValue: r }) : null);
  return {
    person,
    entry(e: NamedEntry): AuditEntryView {
      return {
        id: e.id, at: time.format(e.at), actor: person(e.actorUserId, e.actor), role: role(e.actorRole), organization: e.organizationName ?? e.actorOrganizationId,
        action: e.action, resource: e.resourceType ? [e.resourceType, e.resourceId].filter(Boolean).join(' ') : null,
        subject: person(e.subjectUserId, e.subject), purpose: e.purpose, outcome: e.outcome, ip: e.ip, correlationId: e.correlationId,
      };
    },
  };
}

export const auditRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const timeZone = app.config.timezone;

  /** Checks and resolves the filter; on problems, the messages for the fields (the filter as typed stays). */
  async function readFilter(req: FastifyRequest): Promise<{ values: AuditFilterInput; resolution: Resolution | null; errors: { field: string; message: string }[] }> {
    const t = translator(req.lang);
    const values = typedFilter(req.query as Record<string, unknown>);
    const parsed = parseAuditFilter(values);
    const problems = [...parsed.problems];
    const resolution = problems.length ? null : await resolveAuditFilter(db(), parsed.filter, timeZone);
    if (resolution) problems.push(...resolution.problems);
    return { values, resolution: problems.length ? null : resolution, errors: problems.map((p) => ({ field: PARAM[p.field], message: t(p.key) })) };
  }

  async function page(req: FastifyRequest, reply: FastifyReply) {
    const t = translator(req.lang);
    const q = req.query as Record<string, unknown>;
    const { values, resolution, errors } = await readFilter(req);
    const present = presenter(t, req.lang, timeZone);
    const checkChain = q.kette === '1';
    // The chain check seals what is committed and reads the whole log in pages, before the transaction
    // that writes the audit entry.
    const check = checkChain ? await verifyAuditChain(db()) : null;
    const chain: ChainView | null = check
      ? (check.ok ? check : { ...check, reason: check.reason === 'content changed' ? 'contentChanged' : 'entryMissing' })
      : null;
    const result = await db().transaction(async (tx) => {
      const actions = await auditActions(tx);
      if (check) await recordAudit(tx, context(req), { action: 'audit.verify', resourceType: 'audit_log', outcome: 'allowed', details: { result: check } });
      if (!resolution) return { actions, page: null, named: null };
      const cursors = { before: cursor(q.vor), after: cursor(q.nach) };
      const found = await auditPage(tx, resolution.filter, timeZone, cursors, PAGE_SIZE);
      const named = await nameEntries(tx, found.entries);
      const subjects = resolution.filter.subjectIds;
      await recordAudit(tx, context(req), {
        action: 'audit.read', resourceType: 'audit_log',
        // A search for one person's entries is an access to that person's data.
        subjectUserId: subjects?.length === 1 ? subjects[0] : undefined,
        details: { filter: auditedFilter(resolution.filter), ...cursors, entries: found.entries.length },
      });
      return { actions, page: found, named };
    });
    const matches = resolution ? {
      person: resolution.people.person?.map((p) => present.person(p.id, p)!),
      actor: resolution.people.actor?.map((p) => present.person(p.id, p)!),
    } : {};
    const view: AuditLogView = {
      values, errors, matches, actions: result.actions,
      entries: result.named ? result.named.map((e) => present.entry(e)) : null,
      newerHref: result.page?.newerThan != null ? `/verwaltung/protokoll${filterQuery(values, req.lang, { nach: result.page.newerThan })}` : null,
      olderHref: result.page?.olderThan != null ? `/verwaltung/protokoll${filterQuery(values, req.lang, { vor: result.page.olderThan })}` : null,
      csvHref: resolution ? `/verwaltung/protokoll.csv${filterQuery(values, req.lang)}` : null,
      chainHref: `/verwaltung/protokoll${filterQuery(values, req.lang, { kette: 1 })}`,
      chain,
    };
    reply.header('cache-control', 'no-store');
    return reply.page(<AuditLogPage a={view} />, errors.length ? 400 : 200);
  }

  app.get('/verwaltung/protokoll', { config: { permission: 'audit.read' }, schema: { hide: true } }, page);

  app.get('/verwaltung/protokoll.csv', { config: { permission: 'audit.read' }, schema: { hide: true } }, async (req, reply) => {
    const t = translator(req.lang);
    const { resolution, errors } = await readFilter(req);
    if (!resolution || errors.length) return page(req, reply);
    const filter = resolution.filter;
    // Audited (and committed) before the export streams: nothing confirmed waits for a slow download.
    await db().transaction((tx) => recordAudit(tx, context(req), {
      action: 'audit.export', resourceType: 'audit_log', subjectUserId: filter.subjectIds?.length === 1 ? filter.subjectIds[0] : undefined,
      details: { filter: auditedFilter(filter), format: 'csv' },
    }));
    const present = presenter(t, req.lang, timeZone);
    const csvTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium', timeZone });
    const columns = ['id', 'at', 'actorName', 'actorEmail', 'role', 'organization', 'action', 'resource', 'subjectName', 'subjectEmail', 'purpose', 'outcome', 'ip', 'correlationId'] as const;
    const database = db();
    async function* csv() {
      // The byte order mark makes Excel read UTF-8; the semicolon is German Excel's separator.
      yield '\uFEFF' + csvLine(columns.map((c) => t(`auditLog.csvColumns.${c}`)));
      for await (const entries of auditPages(database, filter, timeZone)) {
        let chunk = '';
        for (const e of await nameEntries(database, entries)) {
          const v = present.entry(e);
          chunk += csvLine([e.id, csvTime.format(e.at), v.actor?.name, v.actor?.email, v.role, v.organization, e.action, v.resource,
            v.subject?.name, v.subject?.email, e.purpose, t(`auditLog.outcomes.${e.outcome}`), e.ip, e.correlationId]);
        }
        yield chunk;
      }
    }
    const day = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone }).format(new Date());
    return reply.header('cache-control', 'no-store').header('content-disposition', `attachment; filename="protokoll-${day}.csv"`)
      .type('text/csv; charset=utf-8').send(Readable.from(csv()));
  });
};
