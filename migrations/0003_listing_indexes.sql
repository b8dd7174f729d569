CREATE INDEX "services_name_idx" ON "services" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "services_last_modified_idx" ON "services" USING btree ("last_modified");