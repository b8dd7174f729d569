CREATE TABLE "service_search_pending" (
	"service_id" uuid PRIMARY KEY NOT NULL
);
