ALTER TABLE "locations" ADD COLUMN "import_hash" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "import_hash" text;