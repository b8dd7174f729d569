ALTER TABLE "events" ADD COLUMN "search_document" "tsvector";--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search_document");--> statement-breakpoint
-- The events of existing installations get their search document once; saveEvent keeps it from now on.
UPDATE events SET search_document = to_tsvector('zugang', title || ' ' || description || ' ' || coalesce(topic, '') || ' ' || array_to_string(keywords, ' ')
  || ' ' || coalesce((SELECT string_agg(coalesce(t.title, ''), ' ') FROM event_translations t WHERE t.event_id = events.id), ''));
