-- Search: German full-text configuration with umlaut folding, trigram vocabulary, denormalised documents.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'zugang') THEN
    -- A copy of PostgreSQL's german configuration (Snowball stemmer folds umlauts, ß and ae/oe/ue spellings),
    -- so that Zugang can change its mapping later without touching the built-in one.
    CREATE TEXT SEARCH CONFIGURATION zugang (COPY = german);
  END IF;
END $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS service_search_document_idx ON service_search USING gin (document);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS service_search_terms_idx ON service_search USING gin (term_ids);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS service_search_districts_idx ON service_search USING gin (district_ids);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS service_search_org_idx ON service_search (organization_id);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS search_vocabulary_trgm_idx ON search_vocabulary USING gin (word gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS addresses_postal_code_idx ON addresses (postal_code);--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_service_search(service_ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE affected integer;
BEGIN
  DELETE FROM service_search WHERE service_id = ANY(service_ids) AND NOT EXISTS (SELECT 1 FROM services s WHERE s.id = service_search.service_id);
  INSERT INTO service_search AS t (service_id, organization_id, document, name, minimum_age, maximum_age, free, wheelchair,
                                   modes, language_codes, term_ids, district_ids, latitude, longitude, active)
  SELECT s.id, s.organization_id,
    setweight(to_tsvector('zugang', coalesce(s.name, '') || ' ' || coalesce(s.alternate_name, '') || ' ' || coalesce(x.name_parts, '')), 'A')
    || setweight(to_tsvector('zugang', coalesce(tn.names, '')), 'B')
    || setweight(to_tsvector('zugang', coalesce(o.name, '')), 'C')
    || setweight(to_tsvector('zugang', coalesce(s.description, '') || ' ' || coalesce(s.eligibility_description, '') || ' ' || coalesce(x.text_parts, '')), 'D'),
    s.name, s.minimum_age, s.maximum_age,
    coalesce((SELECT bool_and(c.amount IS NOT NULL AND c.amount = 0) FROM cost_options c WHERE c.service_id = s.id), false),
    EXISTS (SELECT 1 FROM service_at_locations sl JOIN attributes a ON a.link_id = sl.location_id
              JOIN taxonomy_terms tt ON tt.id = a.taxonomy_term_id
            WHERE sl.service_id = s.id AND tt.code = 'rollstuhlgerecht'),
    -- How a person reaches the service: at a physical location, by a phone of the service, its sites or
    -- its service-at-location records, online (a virtual location, or a web address when there is no site).
    array_remove(ARRAY[
      CASE WHEN EXISTS (SELECT 1 FROM service_at_locations sl JOIN locations l ON l.id = sl.location_id
                        WHERE sl.service_id = s.id AND l.location_type = 'physical') THEN 'in_person' END,
      CASE WHEN EXISTS (SELECT 1 FROM phones p WHERE p.service_id = s.id)
             OR EXISTS (SELECT 1 FROM service_at_locations sl JOIN phones p ON p.location_id = sl.location_id OR p.service_at_location_id = sl.id
                        WHERE sl.service_id = s.id) THEN 'phone' END,
      CASE WHEN EXISTS (SELECT 1 FROM service_at_locations sl JOIN locations l ON l.id = sl.location_id
                        WHERE sl.service_id = s.id AND l.location_type = 'virtual')
             OR (s.url IS NOT NULL AND NOT EXISTS (SELECT 1 FROM service_at_locations sl JOIN locations l ON l.id = sl.location_id
                        WHERE sl.service_id = s.id AND l.location_type = 'physical')) THEN 'online' END
    ], NULL),
    coalesce((SELECT array_agg(DISTINCT lower(lg.code)) FROM languages lg
              WHERE lg.code IS NOT NULL AND (lg.service_id = s.id
                 OR lg.location_id IN (SELECT location_id FROM service_at_locations WHERE service_id = s.id))), '{}'),
    coalesce(tn.ids, '{}'),
    coalesce((SELECT array_agg(DISTINCT l.district_id) FROM service_at_locations sl JOIN locations l ON l.id = sl.location_id
              WHERE sl.service_id = s.id AND l.district_id IS NOT NULL), '{}'),
    loc.latitude, loc.longitude,
    s.status = 'active'
  FROM services s
  JOIN organizations o ON o.id = s.organization_id
  LEFT JOIN service_search_extra x ON x.service_id = s.id
  LEFT JOIN LATERAL (
    SELECT string_agg(DISTINCT tt.name, ' ') || ' ' || coalesce(string_agg(DISTINCT pt.name, ' '), '') AS names,
           array_remove(array_agg(DISTINCT tt.id) || array_agg(DISTINCT pt.id), NULL) AS ids
    FROM attributes a JOIN taxonomy_terms tt ON tt.id = a.taxonomy_term_id
    LEFT JOIN taxonomy_terms pt ON pt.id = tt.parent_id
    WHERE a.link_id = s.id AND a.link_entity = 'service'
  ) tn ON true
  LEFT JOIN LATERAL (
    SELECT l.latitude, l.longitude FROM service_at_locations sl JOIN locations l ON l.id = sl.location_id
    WHERE sl.service_id = s.id AND l.latitude IS NOT NULL ORDER BY l.id LIMIT 1
  ) loc ON true
  WHERE s.id = ANY(service_ids)
  ON CONFLICT (service_id) DO UPDATE SET organization_id = excluded.organization_id, document = excluded.document,
    name = excluded.name, minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age, free = excluded.free,
    wheelchair = excluded.wheelchair, modes = excluded.modes, language_codes = excluded.language_codes,
    term_ids = excluded.term_ids, district_ids = excluded.district_ids, latitude = excluded.latitude,
    longitude = excluded.longitude, active = excluded.active;
  GET DIAGNOSTICS affected = ROW_COUNT;
  RETURN affected;
END $fn$;--> statement-breakpoint
-- Rebuilds the vocabulary of surface words (for "did you mean" and typo tolerance) from the search documents' source text.
CREATE OR REPLACE FUNCTION rebuild_search_vocabulary() RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE affected integer;
BEGIN
  DELETE FROM search_vocabulary;
  INSERT INTO search_vocabulary (word, document_count)
  SELECT word, ndoc FROM ts_stat($q$
      SELECT to_tsvector('simple', unaccent(coalesce(s.name, '') || ' ' || coalesce(s.alternate_name, '') || ' ' || coalesce(s.description, '')))
      FROM services s WHERE s.status = 'active'
      UNION ALL SELECT to_tsvector('simple', unaccent(t.name)) FROM taxonomy_terms t
    $q$)
  WHERE length(word) >= 4 AND word !~ '[0-9]';
  GET DIAGNOSTICS affected = ROW_COUNT;
  RETURN affected;
END $fn$;
