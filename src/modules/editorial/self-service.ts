// Provider self-service: which services a staff member edits (the organisations where they are an admin
// or editor; directory editors all), the state of each (published, a change waiting for review, a change
// sent back with the editors' comment), the form's starting point (a pending proposal before the
// published document), and submitting the form as a proposal for review.
//
// Every lookup of one service or organisation is scoped in SQL by `serviceEditScope`: outside the actor's
// reach it is "not found" (null), and the refusal is audited, as in the events editor.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { organiserScope, type Actor } from '../../platform/policy.ts';
import type { Lang } from '../../platform/i18n.ts';
import type { HsdsService } from '../directory/hsds-schema.ts';
import { proposeServiceChange, publishedServiceDocument } from './changes.ts';
import { publishServiceDirectly } from './versions.ts';
import {
  blankValues, newServiceBase, OFFERED_LANGUAGES, parseServiceForm, serviceFromForm, valuesFromService,
  type FormOptions, type FormProblem, type ServiceFormValues,
} from './service-form.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The scope of `service.propose` as SQL: directory editors every organisation's services, admins and editors their own. */
export function serviceEditScope(actor: Actor, organizationIdColumn: SQLWrapper): SQL {
  if (actor.kind === 'user' && actor.roles.includes('directory_editor')) return sql`TRUE`;
  return organiserScope(actor, organizationIdColumn);
}

export const isDirectoryEditor = (actor: Actor) => actor.kind === 'user' && actor.roles.includes('directory_editor');

// ---- The list ----

export type OwnServiceState =
  | { kind: 'published' }
  | { kind: 'pending'; since: Date; isNew: boolean }
  | { kind: 'returned'; at: Date | null; comment: string | null };
export type OwnService = { id: string; name: string; organization: { id: string; name: string }; active: boolean; state: OwnServiceState };
export type OwnServicesList = { items: OwnService[]; total: number; page: number; perPage: number; organizations: { id: string; name: string }[]; all: boolean };

const PER_PAGE = 50;

/** The organisations whose services the actor edits (directory editors: all, up to 2000 for the choice of a new service's organisation). */
export async function editableOrganizations(db: Queryable, actor: Actor): Promise<{ id: string; name: string }[]> {
  return rows<{ id: string; name: string }>(db, sql`SELECT id, name FROM organizations o WHERE ${serviceEditScope(actor, sql`o.id`)} ORDER BY name, id LIMIT 2000`);
}

/**
 * The services the actor edits with their state, by organisation and name; proposed new services that
 * are not published yet are listed too. Directory editors see all, searchable by name; pages of 50.
 */
export async function ownServices(db: Queryable, actor: Actor, opts: { q?: string; page?: number }): Promise<OwnServicesList> {
  const page = Math.max(1, Math.min(1000, Math.floor(opts.page ?? 1)));
  const q = (opts.q ?? '').trim().slice(0, 100);
  const like = q ? `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const found = await rows<{ id: string; name: string; organization_id: string; organization_name: string; active: boolean | null; published: boolean;
    status: string | null; submitted_at: string | null; decided_at: string | null; comment: string | null; kind: string | null; total: number }>(db, sql`
    WITH items AS (
      SELECT s.id, s.name, s.organization_id, s.status = 'active' AS active, TRUE AS published FROM services s WHERE ${serviceEditScope(actor, sql`s.organization_id`)}
      UNION ALL
      SELECT DISTINCT ON (c.service_id) c.service_id, c.proposed->>'name', c.organization_id, NULL::boolean, FALSE FROM service_changes c
      WHERE c.kind = 'create' AND c.status IN ('pending', 'returned') AND NOT EXISTS (SELECT 1 FROM services s WHERE s.id = c.service_id)
        AND ${serviceEditScope(actor, sql`c.organization_id`)}
    )
    SELECT i.id, i.name, i.organization_id, o.name AS organization_name, i.active, i.published,
      lc.status, lc.submitted_at, lc.decided_at, lc.comment, lc.kind, count(*) OVER ()::int AS total
    FROM items i JOIN organizations o ON o.id = i.organization_id
    LEFT JOIN LATERAL (SELECT c.status, c.submitted_at, c.decided_at, c.comment, c.kind FROM service_changes c
      WHERE c.service_id = i.id AND c.status <> 'withdrawn' ORDER BY c.submitted_at DESC LIMIT 1) lc ON TRUE
    ${like ? sql`WHERE i.name ILIKE ${like}` : sql``}
    ORDER BY o.name, i.name, i.id LIMIT ${PER_PAGE} OFFSET ${(page - 1) * PER_PAGE}`);
  const all = isDirectoryEditor(actor);
  return {
    items: found.map((r) => ({
      id: r.id, name: r.name, organization: { id: r.organization_id, name: r.organization_name }, active: r.active !== false,
      state: r.status === 'pending' ? { kind: 'pending', since: new Date(r.submitted_at!), isNew: !r.published }
        : r.status === 'returned' ? { kind: 'returned', at: r.decided_at ? new Date(r.decided_at) : null, comment: r.comment }
          : { kind: 'published' },
    })),
    total: found[0]?.total ?? 0, page, perPage: PER_PAGE, all,
    organizations: all ? [] : await editableOrganizations(db, actor),
  };
}

/** The service a change was just submitted for (the notice after the redirect), within the actor's reach. */
export async function submittedService(db: Queryable, actor: Actor, serviceId: string): Promise<{ name: string } | null> {
  if (!UUID.test(serviceId)) return null;
  const [row] = await rows<{ name: string }>(db, sql`
    SELECT c.proposed->>'name' AS name FROM service_changes c WHERE c.service_id = ${serviceId} AND ${serviceEditScope(actor, sql`c.organization_id`)}
    ORDER BY c.submitted_at DESC LIMIT 1`);
  return row ?? null;
}

// ---- What the form offers ----

/** The organisation's places (and the places the service already uses), the accessibility features, the life situations. */
export async function formOptions(db: Queryable, organization: { id: string; name: string }, lang: Lang, current?: HsdsService): Promise<FormOptions> {
  const linked = ((current as { service_at_locations?: { location_id?: string; location?: { id: string } }[] } | undefined)?.service_at_locations ?? [])
    .map((s) => s.location?.id ?? s.location_id).filter((x): x is string => Boolean(x && UUID.test(x)));
  const [locations, features, situations] = await Promise.all([
    rows<{ id: string; label: string; own: boolean }>(db, sql`
      SELECT l.id, concat_ws(', ', coalesce(l.name, l.url), (SELECT a.address_1 || ', ' || a.postal_code || ' ' || a.city FROM addresses a WHERE a.location_id = l.id ORDER BY a.id LIMIT 1)) AS label,
        l.organization_id IS NOT DISTINCT FROM ${organization.id}::uuid AS own
      FROM locations l
      WHERE l.organization_id = ${organization.id} OR l.id = ANY(${sql.param(linked)}::uuid[])
      ORDER BY label, l.id LIMIT 500`),
    termsOf(db, 'Barrierefreiheit', lang),
    termsOf(db, 'Lebenslagen', lang),
  ]);
  // A place a pending change creates is not stored yet: it is offered as the change describes it.
  type ProposedLocation = { id?: string; name?: string; organization_id?: string; addresses?: { address_1?: string; postal_code?: string; city?: string }[] };
  for (const sal of (current as { service_at_locations?: { location?: ProposedLocation }[] } | undefined)?.service_at_locations ?? []) {
    const l = sal.location;
    if (!l?.id || !UUID.test(l.id) || locations.some((x) => x.id === l.id) || (l.organization_id && l.organization_id !== organization.id)) continue;
    const a = l.addresses?.[0];
    locations.push({ id: l.id, label: [l.name, a ? `${a.address_1 ?? ''}, ${a.postal_code ?? ''} ${a.city ?? ''}` : null].filter(Boolean).join(', '), own: true });
  }
  const codes = ((current as { languages?: { code?: string }[] } | undefined)?.languages ?? []).map((l) => l.code).filter((c): c is string => Boolean(c && /^[a-z]{2,3}$/.test(c)));
  return { organization, locations, features: features.map(({ id, name }) => ({ id, name })), situations, languages: [...new Set([...OFFERED_LANGUAGES, ...codes])] };
}

function termsOf(db: Queryable, taxonomy: string, lang: Lang) {
  return rows<{ id: string; name: string; parentId: string | null }>(db, sql`
    SELECT tt.id, coalesce(tr.value, tt.name) AS name, tt.parent_id AS "parentId"
    FROM taxonomy_terms tt JOIN taxonomies tx ON tx.id = tt.taxonomy_id AND tx.name = ${taxonomy}
    LEFT JOIN translations tr ON tr.entity_id = tt.id AND tr.field = 'name' AND tr.lang = ${lang}
    ORDER BY tt.name`);
}

const termSets = (o: FormOptions) => [new Set(o.situations.map((s) => s.id)), new Set(o.features.map((f) => f.id))] as const;

// ---- One service or organisation, within the actor's reach ----

async function denied(db: Queryable, ctx: RequestContext, resourceType: 'service' | 'organization', id: string) {
  await recordAudit(db, ctx, { action: 'service.propose', resourceType, resourceId: UUID.test(id) ? id : undefined, outcome: 'denied',
    details: { reason: `${resourceType} not found or not edited by the actor` } });
  return null;
}

/** The organisation if the actor may propose services for it; otherwise null, and the refusal is audited. */
export async function editableOrganization(db: Queryable, ctx: RequestContext, organizationId: string): Promise<{ id: string; name: string } | null> {
  const [org] = UUID.test(organizationId)
    ? await rows<{ id: string; name: string }>(db, sql`SELECT id, name FROM organizations o WHERE o.id = ${organizationId} AND ${serviceEditScope(ctx.actor, sql`o.id`)}`)
    : [];
  return org ?? denied(db, ctx, 'organization', organizationId);
}

export type EditedService = {
  id: string; name: string; organization: { id: string; name: string }; published: boolean;
  /** The form starts from this proposal (waiting for review since …). */
  pendingSince: Date | null;
  /** The last change the editors sent back, with their comment (when nothing is pending). */
  returned: { at: Date | null; comment: string | null } | null;
};

/**
 * The service as the form starts from it, if the actor may edit it: its pending proposal (the provider's
 * latest state), else the published document. A new service that is only proposed counts too. Otherwise
 * null, and the refusal is audited.
 */
export async function editableService(db: Queryable, ctx: RequestContext, serviceId: string): Promise<{ service: EditedService; base: HsdsService } | null> {
  if (!UUID.test(serviceId)) return denied(db, ctx, 'service', serviceId);
  const [found] = await rows<{ organization_id: string; organization_name: string; published: boolean }>(db, sql`
    SELECT x.organization_id, o.name AS organization_name, x.published FROM (
      SELECT s.organization_id, TRUE AS published FROM services s WHERE s.id = ${serviceId}
      UNION ALL
      (SELECT c.organization_id, FALSE FROM service_changes c WHERE c.service_id = ${serviceId} AND c.kind = 'create' AND c.status IN ('pending', 'returned')
        AND NOT EXISTS (SELECT 1 FROM services s WHERE s.id = ${serviceId}) ORDER BY c.submitted_at DESC LIMIT 1)
    ) x JOIN organizations o ON o.id = x.organization_id
    WHERE ${serviceEditScope(ctx.actor, sql`x.organization_id`)}`);
  if (!found) return denied(db, ctx, 'service', serviceId);
  const [last] = await rows<{ status: string; proposed: HsdsService; submitted_at: string; decided_at: string | null; comment: string | null }>(db, sql`
    SELECT status, proposed, submitted_at, decided_at, comment FROM service_changes
    WHERE service_id = ${serviceId} AND status <> 'withdrawn' ORDER BY submitted_at DESC LIMIT 1`);
  const pending = last?.status === 'pending' ? last : null;
  const published = found.published ? await publishedServiceDocument(db, serviceId) : null;
  // A proposed new service sent back starts again from what was proposed (there is nothing published).
  const base = pending?.proposed ?? published ?? last?.proposed;
  if (!base) return denied(db, ctx, 'service', serviceId);
  return {
    service: {
      id: serviceId, name: base.name, organization: { id: found.organization_id, name: found.organization_name }, published: found.published,
      pendingSince: pending ? new Date(pending.submitted_at) : null,
      returned: last?.status === 'returned' ? { at: last.decided_at ? new Date(last.decided_at) : null, comment: last.comment } : null,
    },
    base,
  };
}

/** The form for a service the actor may edit, or null (audited). */
export async function serviceForEditing(db: Queryable, ctx: RequestContext, serviceId: string, lang: Lang):
  Promise<{ service: EditedService; values: ServiceFormValues; options: FormOptions } | null> {
  const found = await editableService(db, ctx, serviceId);
  if (!found) return null;
  const options = await formOptions(db, found.service.organization, lang, found.base);
  const [situations, features] = termSets(options);
  return { service: found.service, values: valuesFromService(found.base, situations, features), options };
}

/** The summary and options for showing the form again (more rows, errors), or null (audited). */
export async function formContext(db: Queryable, ctx: RequestContext, serviceId: string, lang: Lang): Promise<{ service: EditedService; options: FormOptions } | null> {
  const found = await editableService(db, ctx, serviceId);
  if (!found) return null;
  return { service: found.service, options: await formOptions(db, found.service.organization, lang, found.base) };
}

export type SubmitResult =
  | { ok: true; serviceId: string; changeId: string | null; published: boolean }
  | { ok: false; problems: FormProblem[]; options: FormOptions; service?: EditedService };

export type SubmitEnv = { german: { byAppointment: string } };

/**
 * What a submitted form becomes: a directory editor's change is published at once, as a new version
 * (`publishServiceDirectly`); everyone else's waits for review. The caller empties the page caches after
 * the commit when it was published (`directoryChanged`).
 */
async function submitServiceChange(db: Queryable, ctx: RequestContext, input: { organizationId: string; proposed: HsdsService; kind: 'update' | 'create'; note: string | null }):
  Promise<{ changeId: string | null; published: boolean }> {
  if (isDirectoryEditor(ctx.actor)) {
    await publishServiceDirectly(db, ctx, input);
    return { changeId: null, published: true };
  }
  const { changeId } = await proposeServiceChange(db, ctx, input);
  return { changeId, published: false };
}

/** A new service of an organisation the actor edits, proposed for review; null when it may not (audited). */
export async function proposeNewService(db: Queryable, ctx: RequestContext, env: SubmitEnv, values: ServiceFormValues, lang: Lang): Promise<SubmitResult | null> {
  const org = await editableOrganization(db, ctx, values.organizationId);
  if (!org) return null;
  const options = await formOptions(db, org, lang);
  const { form, problems } = parseServiceForm(values, options);
  if (!form) return { ok: false, problems, options };
  const proposed = serviceFromForm(newServiceBase(org.id), form, options, env.german);
  const saved = await submitServiceChange(db, ctx, { organizationId: org.id, proposed, kind: 'create', note: form.note });
  return { ok: true, serviceId: proposed.id, ...saved };
}

/**
 * The form over a service the actor may edit, proposed for review; null when it may not (audited). The
 * proposal is the object the form started from with the edited fields written onto it.
 */
export async function proposeServiceUpdate(db: Queryable, ctx: RequestContext, env: SubmitEnv, serviceId: string, values: ServiceFormValues, lang: Lang): Promise<SubmitResult | null> {
  const found = await editableService(db, ctx, serviceId);
  if (!found) return null;
  const options = await formOptions(db, found.service.organization, lang, found.base);
  const { form, problems } = parseServiceForm(values, options);
  if (!form) return { ok: false, problems, options, service: found.service };
  const proposed = serviceFromForm(found.base, form, options, env.german);
  const saved = await submitServiceChange(db, ctx, { organizationId: found.service.organization.id, proposed, kind: found.service.published ? 'update' : 'create', note: form.note });
  return { ok: true, serviceId, ...saved };
}

export { blankValues };
