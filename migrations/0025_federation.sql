CREATE TABLE "federation_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"label" text NOT NULL,
	"interval_minutes" integer DEFAULT 60 NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_pull_at" timestamp with time zone,
	"last_pull_finished_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_status" text,
	"last_error" text,
	"last_counts" jsonb
);
--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "source_id" uuid;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "source_id" uuid;--> statement-breakpoint
ALTER TABLE "service_search" ADD COLUMN "source_id" uuid;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "source_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "federation_sources_url_key" ON "federation_sources" USING btree ("url");--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_source_id_federation_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."federation_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_source_id_federation_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."federation_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_source_id_federation_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."federation_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "locations_source_idx" ON "locations" USING btree ("source_id") WHERE source_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "organizations_source_idx" ON "organizations" USING btree ("source_id") WHERE source_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "services_source_idx" ON "services" USING btree ("source_id") WHERE source_id IS NOT NULL;--> statement-breakpoint
-- The search document carries the entry's federation source (null: our own), for the filter "nur unser
-- Landkreis" and the label "Angebot aus …"; and, as in 0024, no coordinates of a confidential location.
-- Otherwise the same function as in 0005.
CREATE OR REPLACE FUNCTION refresh_service_search(service_ids uuid[]) RETURNS integer LANGUAGE plpgsql SET jit = off AS $fn$
DECLARE affected integer;
BEGIN
  DELETE FROM service_search WHERE service_id = ANY(service_ids) AND NOT EXISTS (SELECT 1 FROM services s WHERE s.id = service_search.service_id);
  WITH sl AS (
    SELECT sal.id AS sal_id, sal.service_id, l.id AS location_id, l.location_type, l.district_id,
      CASE WHEN l.confidential THEN NULL ELSE l.latitude END AS latitude, CASE WHEN l.confidential THEN NULL ELSE l.longitude END AS longitude
    FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id
    WHERE sal.service_id = ANY(service_ids)
  ), locagg AS (
    SELECT service_id,
      bool_or(location_type = 'physical') AS physical,
      bool_or(location_type = 'virtual') AS virtual,
      array_agg(DISTINCT district_id) FILTER (WHERE district_id IS NOT NULL) AS districts,
      (array_agg(latitude ORDER BY location_type <> 'physical', location_id) FILTER (WHERE latitude IS NOT NULL))[1] AS lat,
      (array_agg(longitude ORDER BY location_type <> 'physical', location_id) FILTER (WHERE latitude IS NOT NULL))[1] AS lon
    FROM sl GROUP BY service_id
  ), costs AS (
    SELECT service_id, bool_and(amount IS NOT NULL AND amount = 0) AS free
    FROM cost_options WHERE service_id = ANY(service_ids) GROUP BY service_id
  ), wheel AS (
    SELECT DISTINCT sl.service_id FROM sl
    JOIN attributes a ON a.link_id = sl.location_id
    JOIN taxonomy_terms tt ON tt.id = a.taxonomy_term_id AND tt.code = 'rollstuhlgerecht'
  ), ph AS (
    SELECT service_id FROM phones WHERE service_id = ANY(service_ids)
    UNION SELECT sl.service_id FROM sl JOIN phones p ON p.location_id = sl.location_id
    UNION SELECT sl.service_id FROM sl JOIN phones p ON p.service_at_location_id = sl.sal_id
  ), langs AS (
    SELECT service_id, array_agg(DISTINCT code) AS codes FROM (
      SELECT service_id, lower(code) AS code FROM languages WHERE service_id = ANY(service_ids) AND code IS NOT NULL
      UNION ALL SELECT sl.service_id, lower(lg.code) FROM sl JOIN languages lg ON lg.location_id = sl.location_id WHERE lg.code IS NOT NULL
    ) x GROUP BY service_id
  ), terms AS (
    SELECT a.link_id AS service_id,
      string_agg(DISTINCT tt.name, ' ') || ' ' || coalesce(string_agg(DISTINCT pt.name, ' '), '') AS names,
      array_remove(array_agg(DISTINCT tt.id) || array_agg(DISTINCT pt.id), NULL) AS ids
    FROM attributes a JOIN taxonomy_terms tt ON tt.id = a.taxonomy_term_id
    LEFT JOIN taxonomy_terms pt ON pt.id = tt.parent_id
    WHERE a.link_id = ANY(service_ids) AND a.link_entity = 'service'
    GROUP BY a.link_id
  )
  INSERT INTO service_search AS t (service_id, organization_id, document, name, minimum_age, maximum_age, free, wheelchair,
                                   modes, language_codes, term_ids, district_ids, latitude, longitude, active, source_id)
  SELECT s.id, s.organization_id,
    setweight(to_tsvector('zugang', coalesce(s.name, '') || ' ' || coalesce(s.alternate_name, '') || ' ' || coalesce(x.name_parts, '')), 'A')
    || setweight(to_tsvector('zugang', coalesce(terms.names, '')), 'B')
    || setweight(to_tsvector('zugang', coalesce(o.name, '')), 'C')
    || setweight(to_tsvector('zugang', coalesce(s.description, '') || ' ' || coalesce(s.eligibility_description, '') || ' ' || coalesce(x.text_parts, '')), 'D'),
    s.name, s.minimum_age, s.maximum_age,
    coalesce(costs.free, false),
    wheel.service_id IS NOT NULL,
    -- How a person reaches the service: at a physical location; by a phone of the service, its sites or
    -- its service-at-location records; online (a virtual location, or a web address when there is no site).
    array_remove(ARRAY[
      CASE WHEN locagg.physical THEN 'in_person' END,
      CASE WHEN ph.service_id IS NOT NULL THEN 'phone' END,
      CASE WHEN locagg.virtual OR (s.url IS NOT NULL AND NOT coalesce(locagg.physical, false)) THEN 'online' END
    ], NULL),
    coalesce(langs.codes, '{}'),
    coalesce(terms.ids, '{}'),
    coalesce(locagg.districts, '{}'),
    locagg.lat, locagg.lon,
    s.status = 'active',
    s.source_id
  FROM services s
  JOIN organizations o ON o.id = s.organization_id
  LEFT JOIN service_search_extra x ON x.service_id = s.id
  LEFT JOIN locagg ON locagg.service_id = s.id
  LEFT JOIN costs ON costs.service_id = s.id
  LEFT JOIN wheel ON wheel.service_id = s.id
  LEFT JOIN (SELECT DISTINCT service_id FROM ph) ph ON ph.service_id = s.id
  LEFT JOIN langs ON langs.service_id = s.id
  LEFT JOIN terms ON terms.service_id = s.id
  WHERE s.id = ANY(service_ids)
  ON CONFLICT (service_id) DO UPDATE SET organization_id = excluded.organization_id, document = excluded.document,
    name = excluded.name, minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age, free = excluded.free,
    wheelchair = excluded.wheelchair, modes = excluded.modes, language_codes = excluded.language_codes,
    term_ids = excluded.term_ids, district_ids = excluded.district_ids, latitude = excluded.latitude,
    longitude = excluded.longitude, active = excluded.active, source_id = excluded.source_id;
  GET DIAGNOSTICS affected = ROW_COUNT;
  RETURN affected;
END $fn$;
