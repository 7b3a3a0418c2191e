CREATE TABLE "module_drafts" (
	"module_id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"author_account_id" uuid NOT NULL,
	"reviewer_account_id" uuid,
	"review_note" text,
	"base_version" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "module_versions" ADD COLUMN "source" text;