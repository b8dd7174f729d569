CREATE TABLE "service_confirmations" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"requested_at" timestamp with time zone,
	"requested_to" text,
	"confirmed_at" timestamp with time zone
);
