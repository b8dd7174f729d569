// The editorial work in the demo: a few changes the Caritas provider editor (Jonas Weber) proposed wait
// in the directory editors' queue, and some services have a history of two versions (a direct edit by the
// directory editor, Claudia Becker), so the queue and the version history are not empty.
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db.ts';
import { rows } from '../platform/db.ts';
import type { Actor } from '../platform/policy.ts';
import { users } from '../modules/accounts/schema.ts';
import type { HsdsService } from '../modules/directory/hsds-schema.ts';
import { proposeServiceChange, publishedServiceDocument, publishServiceDirectly } from '../modules/editorial/index.ts';
import { demoId } from './random.ts';

type UserActor = Extract<Actor, { kind: 'user' }>;
async function actor(db: Queryable, email: string): Promise<UserActor | null> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u ? { kind: 'user', userId: u.id, roles: [], memberships: [] } : null;
}

export async function loadDemoEditorial(db: Queryable): Promise<{ pending: number; edited: number }> {
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM service_changes`);
  if (n > 0) return { pending: 0, edited: 0 };
  const provider = await actor(db, 'redaktion@caritas-lindenau.example');
  const editor = await actor(db, 'redaktion@lindenau.example');
  if (!provider || !editor) return { pending: 0, edited: 0 };
  const caritas = await rows<{ id: string; organization_id: string }>(db, sql`
    SELECT s.id, s.organization_id FROM services s JOIN organizations o ON o.id = s.organization_id
    WHERE o.name = 'Caritasverband für die Stadt Lindenau e.V.' AND s.status = 'active' ORDER BY s.name LIMIT 3`);
  const changes: ((doc: HsdsService, i: number) => { doc: HsdsService; note: string })[] = [
    (doc, i) => ({ doc: { ...doc, schedules: [
      { id: demoId(`editorial/${i}/mo-do`), freq: 'WEEKLY', byday: 'MO,TU,WE,TH', opens_at: '09:00', closes_at: '12:30' },
      { id: demoId(`editorial/${i}/do`), freq: 'WEEKLY', byday: 'TH', opens_at: '14:00', closes_at: '18:00' },
    ] } as HsdsService, note: 'Ab dem nächsten Monat donnerstags auch nachmittags geöffnet.' }),
    (doc, i) => ({ doc: { ...doc, description: `${doc.description ?? ''} Termine auch per Video-Beratung.`.trim(),
      phones: [...(doc.phones ?? []), { id: demoId(`editorial/${i}/phone`), number: '+49 30 23125-999', description: 'Terminvergabe' }] } as HsdsService,
    note: 'Neue Terminnummer und Video-Beratung.' }),
    (doc) => ({ doc: { ...doc, translations: { ...(doc.translations ?? {}), uk: { ...(doc.translations?.uk ?? {}), name: `${doc.name} (українською)` } } } as HsdsService,
      note: 'Ukrainische Übersetzung des Namens ergänzt.' }),
  ];
  let pending = 0;
  for (const [i, s] of caritas.entries()) {
    const doc = await publishedServiceDocument(db, s.id);
    if (!doc) continue;
    const { doc: proposed, note } = changes[i % changes.length](doc, i);
    const { changeId } = await proposeServiceChange(db, { actor: { ...provider, memberships: [{ organizationId: s.organization_id, role: 'editor' }] } },
      { organizationId: s.organization_id, proposed, kind: 'update', note });
    // Sent over the last days, as a queue fills in a real week.
    await db.execute(sql`UPDATE service_changes SET submitted_at = now() - make_interval(hours => ${[122, 50, 3][i % 3]}) WHERE id = ${changeId}`);
    pending++;
  }
  // Two services of other providers edited directly by the directory editors: version 1 (import) and 2.
  const others = await rows<{ id: string; organization_id: string }>(db, sql`
    SELECT s.id, s.organization_id FROM services s JOIN organizations o ON o.id = s.organization_id
    WHERE o.name <> 'Caritasverband für die Stadt Lindenau e.V.' AND s.status = 'active' ORDER BY s.name LIMIT 2`);
  const directActor: Actor = { ...editor, roles: ['directory_editor'] };
  for (const s of others) {
    const doc = await publishedServiceDocument(db, s.id);
    if (!doc) continue;
    await publishServiceDirectly(db, { actor: directActor }, { organizationId: s.organization_id, kind: 'update',
      proposed: { ...doc, alert: 'In den Sommerferien vom 20. Juli bis 7. August geschlossen.' } as HsdsService });
  }
  return { pending, edited: others.length };
}
