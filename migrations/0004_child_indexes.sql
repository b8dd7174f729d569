CREATE INDEX "languages_location_idx" ON "languages" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "languages_phone_idx" ON "languages" USING btree ("phone_id");--> statement-breakpoint
CREATE INDEX "phones_sal_idx" ON "phones" USING btree ("service_at_location_id");--> statement-breakpoint
CREATE INDEX "phones_contact_idx" ON "phones" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "schedules_sal_idx" ON "schedules" USING btree ("service_at_location_id");