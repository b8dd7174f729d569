// Publication and the version history. Every publication – an approved change, a directory editor's
// direct edit, a restore – goes through `publishService`: the HSDS object is written by the directory's
// importer (which refreshes the search document, marks the stored page document stale and empties the page
// caches), and the published document as it then reads is kept as the next version. A service published
// for the first time since versions are kept gets its state before as version 1 ("Import"), so the
// history always shows the old and the new state.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { Queryable } from '../../platform/db.ts';
import { rows } from '../../platform/db.ts';
import { recordAudit, type RequestContext } from '../../platform/audit/index.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { importServices } from '../directory/importer.ts';
import { serviceSchema, type HsdsService } from '../directory/hsds-schema.ts';
import { users } from '../accounts/schema.ts';
import { services } from '../directory/schema.ts';
import { latestVersion, publishedServiceDocument } from './changes.ts';
import { diffServices } from './diff.ts';
import { serviceVersions } from './schema.ts';

type Obj = Record<string, unknown>;

export type PublishOptions = {
  /** The reviewed change it comes from. */
  changeId?: string | null;
  /** The version it restores. */
  restoredFrom?: number | null;
  /** The organisation the service belongs to (a new service gets it; an existing one keeps its own). */
  organizationId?: string;
  /** Counts as the provider's confirmation of the entry: assured_date becomes today. */
  confirm?: boolean;
};

/**
 * The object as the importer gets it: the service's own content only. The nested organisation and the
 * taxonomy terms' own records are left out (a restore must not bring back an organisation's old name
 * or a term's old label), as are the modification date (now) and the change log.
 */
function forImport(doc: Obj, opts: PublishOptions): HsdsService {
  const strip = (attrs: unknown) => ((attrs as Obj[] | undefined) ?? []).map(({ taxonomy_term, ...a }) => ({ ...a, taxonomy_term_id: a.taxonomy_term_id ?? (taxonomy_term as Obj | undefined)?.id }));
  const { organization, last_modified: _lm, metadata: _md, ...rest } = doc;
  const organizationId = (rest.organization_id as string | undefined) ?? (organization as Obj | undefined)?.id ?? opts.organizationId;
  const out: Obj = {
    ...rest, organization_id: organizationId,
    attributes: strip(rest.attributes),
    service_at_locations: ((rest.service_at_locations as Obj[] | undefined) ?? []).map((sal) => (sal.location
      ? { ...sal, location: { ...(sal.location as Obj), attributes: strip((sal.location as Obj).attributes) } } : sal)),
  };
  if (opts.confirm) out.assured_date = new Date().toISOString().slice(0, 10);
  return serviceSchema.parse(out) as HsdsService;
}

/**
 * The documents a change starts from are the public ones, which leave out what a confidential location
 * hides (its addresses, coordinates and directions, hsds-present.ts). What a location of the object left
 * out is taken from the stored location, so that publishing a change, an editor's edit or a restore never
 * deletes a women's shelter's address. Those details are kept by the directory, not by the public forms.
 */
async function withConfidentialDetails(db: Queryable, doc: Obj): Promise<Obj> {
  const sals = (doc.service_at_locations as Obj[] | undefined) ?? [];
  const ids = sals.map((sal) => (sal.location as Obj | undefined)?.id).filter((id): id is string => typeof id === 'string');
  if (!ids.length) return doc;
  const stored = new Map((await rows<{ id: string; details: Obj }>(db, sql`
    SELECT l.id, jsonb_strip_nulls(jsonb_build_object('latitude', l.latitude, 'longitude', l.longitude, 'transportation', l.transportation,
      'addresses', coalesce((SELECT jsonb_agg(jsonb_strip_nulls(to_jsonb(a) - 'location_id') ORDER BY a.id) FROM addresses a WHERE a.location_id = l.id), '[]'::jsonb))) AS details
    FROM locations l WHERE l.id = ANY(${sql.param(ids)}::uuid[]) AND l.confidential`)).map((r) => [r.id, r.details]));
  if (!stored.size) return doc;
  return {
    ...doc,
    service_at_locations: sals.map((sal) => {
      const location = sal.location as Obj | undefined;
      const hidden = location && stored.get(location.id as string);
      if (!location || !hidden) return sal;
      const kept: Obj = { ...location };
      for (const [k, v] of Object.entries(hidden)) {
        const missing = k === 'addresses' ? !((location.addresses as unknown[] | undefined)?.length) : location[k] == null;
        if (missing) kept[k] = v;
      }
      return { ...sal, location: kept };
    }),
  };
}

/** Serialises publications of one service (inside the caller's transaction). */
async function lockService(db: Queryable, serviceId: string) {
  await rows(db, sql`SELECT pg_advisory_xact_lock(hashtextextended(${`service-version|${serviceId}`}, 0))`);
}

/** Records the current published state as version 1 when the service has no version yet. */
export async function ensureFirstVersion(db: Queryable, serviceId: string): Promise<void> {
  if (await latestVersion(db, serviceId)) return;
  const doc = await publishedServiceDocument(db, serviceId);
  if (!doc) return;
  const modified = typeof doc.last_modified === 'string' ? new Date(doc.last_modified) : new Date();
  await db.insert(serviceVersions).values({ serviceId, version: 1, snapshot: doc, publishedBy: null, publishedAt: modified });
}

/**
 * Publishes a service (a whole HSDS object) and records the new version. The caller has checked the
 * permission and runs this in a transaction.
 */
export async function publishService(db: Queryable, ctx: RequestContext, doc: Obj, opts: PublishOptions = {}): Promise<{ version: number }> {
  const serviceId = String(doc.id);
  await lockService(db, serviceId);
  await ensureFirstVersion(db, serviceId);
  const service = forImport(await withConfidentialDetails(db, doc), opts);
  await importServices(db, [service], undefined, { search: 'now', vocabulary: false });
  // The importer skips a service whose content did not change; its modification date still moves on.
  await db.update(services).set({ lastModified: new Date() }).where(eq(services.id, serviceId));
  const snapshot = await publishedServiceDocument(db, serviceId);
  const version = (await latestVersion(db, serviceId)) + 1;
  await db.insert(serviceVersions).values({
    serviceId, version, snapshot, publishedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    changeId: opts.changeId ?? null, restoredFrom: opts.restoredFrom ?? null,
  });
  await recordAudit(db, { ...ctx, organizationId: service.organization_id ?? undefined }, { action: 'service.publish', resourceType: 'service', resourceId: serviceId,
    details: { version, changeId: opts.changeId ?? null, restoredFrom: opts.restoredFrom ?? null } });
  return { version };
}

export type DirectInput = { organizationId: string; proposed: HsdsService; kind: 'update' | 'create' };

/**
 * A directory editor's own edit or new entry: published at once, recorded as a version (no review). The
 * caller has checked `service.review`; an existing service keeps its organisation. Call
 * `directoryChanged()` (platform/cache.ts) once more after the transaction commits, so that no public page
 * rendered meanwhile from the old state stays cached.
 */
export async function publishServiceDirectly(db: Queryable, ctx: RequestContext, input: DirectInput): Promise<{ serviceId: string; version: number }> {
  const proposed = serviceSchema.parse(input.proposed) as HsdsService;
  const [existing] = await db.select({ organizationId: services.organizationId }).from(services).where(eq(services.id, proposed.id));
  if (input.kind === 'update' && !existing) throw new NotFoundError();
  const organizationId = existing?.organizationId ?? input.organizationId;
  const { version } = await publishService(db, ctx, { ...proposed, organization: undefined, organization_id: organizationId }, { organizationId });
  return { serviceId: proposed.id, version };
}

/** Publishes an earlier version's snapshot again, as a new version that names it. */
export async function restoreVersion(db: Queryable, ctx: RequestContext, serviceId: string, version: number): Promise<{ version: number }> {
  const [v] = await db.select().from(serviceVersions).where(and(eq(serviceVersions.serviceId, serviceId), eq(serviceVersions.version, version)));
  if (!v) throw new NotFoundError();
  const [existing] = await db.select({ organizationId: services.organizationId }).from(services).where(eq(services.id, serviceId));
  const snapshot = v.snapshot as Obj;
  return publishService(db, ctx, { ...snapshot, organization: undefined, organization_id: existing?.organizationId ?? snapshot.organization_id }, { restoredFrom: version });
}

export type VersionRow = {
  version: number; publishedAt: Date; publishedBy: string | null; publisherName: string | null; changeId: string | null; restoredFrom: number | null;
  snapshot: Obj;
};

/** Every version of a service, newest first, with the publisher's display name. */
export async function listVersions(db: Queryable, serviceId: string): Promise<VersionRow[]> {
  const list = await db.select({
    version: serviceVersions.version, publishedAt: serviceVersions.publishedAt, publishedBy: serviceVersions.publishedBy, publisherName: users.displayName,
    changeId: serviceVersions.changeId, restoredFrom: serviceVersions.restoredFrom, snapshot: serviceVersions.snapshot,
  }).from(serviceVersions).leftJoin(users, eq(users.id, serviceVersions.publishedBy)).where(eq(serviceVersions.serviceId, serviceId))
    .orderBy(desc(serviceVersions.version));
  return list.map((v) => ({ ...v, snapshot: v.snapshot as Obj }));
}

/** The service's organisation and name (published, or from its newest version when it no longer exists). */
export async function serviceOwner(db: Queryable, serviceId: string): Promise<{ organizationId: string; name: string } | null> {
  const [s] = await db.select({ organizationId: services.organizationId, name: services.name }).from(services).where(eq(services.id, serviceId));
  if (s) return s;
  const [v] = await db.select({ snapshot: serviceVersions.snapshot }).from(serviceVersions).where(eq(serviceVersions.serviceId, serviceId))
    .orderBy(desc(serviceVersions.version)).limit(1);
  const snap = v?.snapshot as Obj | undefined;
  return snap ? { organizationId: String(snap.organization_id), name: String(snap.name) } : null;
}

// ---- The HSDS metadata change log ----

/** At most this many change-log entries per service in the HSDS API (the newest). */
export const METADATA_LIMIT = 20;

const uuidFrom = (text: string) => {
  const h = createHash('sha1').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export type HsdsMetadata = {
  id: string; resource_id: string; resource_type: string; last_action_date: string; last_action_type: string;
  field_name: string; previous_value: string; replacement_value: string; updated_by: string;
};

/**
 * The HSDS `metadata` of these services from their version history: one entry per changed field and
 * version ('create' for the first state, 'update', 'restore'), newest first, at most METADATA_LIMIT each.
 */
export async function serviceMetadata(db: Queryable, serviceIds: string[]): Promise<Map<string, HsdsMetadata[]>> {
  const out = new Map<string, HsdsMetadata[]>();
  if (!serviceIds.length) return out;
  const list = await rows<{ service_id: string; version: number; published_at: string | Date; restored_from: number | null; snapshot: Obj; name: string | null; kind: string | null }>(db, sql`
    SELECT v.service_id, v.version, v.published_at, v.restored_from, v.snapshot, u.display_name AS name, c.kind FROM (
      SELECT *, row_number() OVER (PARTITION BY service_id ORDER BY version DESC) AS n FROM service_versions WHERE service_id = ANY(${sql.param(serviceIds)}::uuid[])
    ) v LEFT JOIN users u ON u.id = v.published_by LEFT JOIN service_changes c ON c.id = v.change_id
    WHERE v.n <= ${METADATA_LIMIT + 1} ORDER BY v.service_id, v.version`);
  const empty = new Map();
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    const prev = i > 0 && list[i - 1].service_id === v.service_id ? list[i - 1] : null;
    // The oldest version loaded is only the base of the next one's difference, unless it is the first of all.
    if (!prev && v.version !== 1) continue;
    const date = new Date(v.published_at).toISOString().slice(0, 10);
    const action = v.restored_from != null ? 'restore' : !prev || v.kind === 'create' ? 'create' : 'update';
    const by = v.name ?? 'Import';
    const entries = out.get(v.service_id) ?? [];
    const changes = diffServices(prev?.snapshot ?? null, v.snapshot, 'de', empty);
    for (const c of changes) {
      entries.push({ id: uuidFrom(`${v.service_id}|${v.version}|${c.key}`), resource_id: v.service_id, resource_type: 'service', last_action_date: date,
        last_action_type: action, field_name: c.key, previous_value: c.before.join('\n'), replacement_value: c.after.join('\n'), updated_by: by });
    }
    out.set(v.service_id, entries);
  }
  for (const [id, entries] of out) out.set(id, entries.reverse().slice(0, METADATA_LIMIT));
  return out;
}

/** Versions of a service in order (oldest first), for tests and the demo. */
export async function versionNumbers(db: Queryable, serviceId: string): Promise<number[]> {
  return (await db.select({ v: serviceVersions.version }).from(serviceVersions).where(eq(serviceVersions.serviceId, serviceId)).orderBy(asc(serviceVersions.version))).map((r) => r.v);
}
