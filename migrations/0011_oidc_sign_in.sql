CREATE TABLE "oidc_sign_in_states" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"next" text NOT NULL,
	"lang" text DEFAULT 'de' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "oidc_providers" ADD COLUMN "configured_in" text DEFAULT 'admin' NOT NULL;--> statement-breakpoint
ALTER TABLE "oidc_sign_in_states" ADD CONSTRAINT "oidc_sign_in_states_provider_id_oidc_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."oidc_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oidc_sign_in_states_expires_idx" ON "oidc_sign_in_states" USING btree ("expires_at");