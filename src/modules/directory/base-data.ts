// Data every instance starts with: the taxonomies of life situations and accessibility, and the
// default search synonyms. Idempotent; runs after the migrations at every start.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { projectRoot } from '../../config.ts';
import type { Queryable } from '../../platform/db.ts';
import * as t from './schema.ts';

type TermFile = { id: string; code: string; name: string; description: string; parent_id: string | null; taxonomy: string;
  taxonomy_id: string; language: string; translations?: Record<string, Record<string, string>>; order: number };
type TaxonomyFile = { id: string; name: string; description: string; uri: string; version: string;
  translations?: Record<string, Record<string, string>>; terms: TermFile[] };

export function shippedTaxonomies(): TaxonomyFile[] {
  return (JSON.parse(fs.readFileSync(path.join(projectRoot, 'resources', 'taxonomies.json'), 'utf8')) as { taxonomies: TaxonomyFile[] }).taxonomies;
}

export async function ensureBaseData(db: Queryable): Promise<void> {
  for (const tax of shippedTaxonomies()) {
    await db.insert(t.taxonomies).values({ id: tax.id, name: tax.name, description: tax.description, uri: tax.uri, version: tax.version })
      .onConflictDoNothing();
    for (const term of tax.terms) {
      await db.insert(t.taxonomyTerms).values({ id: term.id, code: term.code, name: term.name, description: term.description,
        parentId: term.parent_id, taxonomy: term.taxonomy, taxonomyId: term.taxonomy_id, language: term.language }).onConflictDoNothing();
      for (const [lang, fields] of Object.entries(term.translations ?? {})) {
        for (const [field, value] of Object.entries(fields)) {
          await db.insert(t.translations).values({ entityType: 'taxonomy_term', entityId: term.id, field, lang, value }).onConflictDoNothing();
        }
      }
    }
  }
  const [{ n }] = (await db.execute(sql`SELECT count(*)::int AS n FROM search_synonyms`) as unknown as { rows: { n: number }[] }).rows;
  if (n === 0) {
    const file = JSON.parse(fs.readFileSync(path.join(projectRoot, 'resources', 'synonyms-de.json'), 'utf8')) as { groups: string[][] };
    await db.insert(t.searchSynonyms).values(file.groups.map((terms) => ({ terms, note: 'Zugang default' })));
  }
}
