CREATE TABLE "badges" (
	"id" text PRIMARY KEY NOT NULL,
	"pack_id" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"description" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"artwork" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"unit_id" integer,
	"organisation_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"goal" jsonb NOT NULL,
	"contest" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "league_members" (
	"week" date NOT NULL,
	"person_id" uuid NOT NULL,
	"tier" smallint NOT NULL,
	"league" integer NOT NULL,
	"outcome" smallint,
	CONSTRAINT "league_members_week_person_id_pk" PRIMARY KEY("week","person_id")
);
--> statement-breakpoint
CREATE TABLE "learner_badges" (
	"person_id" uuid NOT NULL,
	"badge_id" text NOT NULL,
	"awarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learner_badges_person_id_badge_id_pk" PRIMARY KEY("person_id","badge_id")
);
--> statement-breakpoint
CREATE TABLE "learner_days" (
	"person_id" uuid NOT NULL,
	"day" date NOT NULL,
	"seconds" integer DEFAULT 0 NOT NULL,
	"goal_minutes" smallint NOT NULL,
	"goal_met" boolean DEFAULT false NOT NULL,
	CONSTRAINT "learner_days_person_id_day_pk" PRIMARY KEY("person_id","day")
);
--> statement-breakpoint
CREATE TABLE "learner_stats" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"xp" integer DEFAULT 0 NOT NULL,
	"streak" integer DEFAULT 0 NOT NULL,
	"streak_best" integer DEFAULT 0 NOT NULL,
	"streak_day" date,
	"freezes" smallint DEFAULT 0 NOT NULL,
	"freezes_used" integer DEFAULT 0 NOT NULL,
	"display_name" text,
	"public" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_dedupe_key" UNIQUE("person_id","kind","dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "xp_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"source_key" text NOT NULL,
	"points" integer NOT NULL,
	"day" date NOT NULL,
	"awarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "xp_events_source_key" UNIQUE("person_id","rule","source_key")
);
--> statement-breakpoint
CREATE TABLE "xp_histogram" (
	"period" text NOT NULL,
	"place" text NOT NULL,
	"xp" integer NOT NULL,
	"learners" integer NOT NULL,
	CONSTRAINT "xp_histogram_period_place_xp_pk" PRIMARY KEY("period","place","xp")
);
--> statement-breakpoint
CREATE TABLE "xp_totals" (
	"period" text NOT NULL,
	"person_id" uuid NOT NULL,
	"xp" integer NOT NULL,
	"province_id" integer,
	"unit_id" integer,
	"organisation_id" uuid,
	CONSTRAINT "xp_totals_period_person_id_pk" PRIMARY KEY("period","person_id")
);
--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "league_members" ADD CONSTRAINT "league_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_badges" ADD CONSTRAINT "learner_badges_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_days" ADD CONSTRAINT "learner_days_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_stats" ADD CONSTRAINT "learner_stats_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xp_events" ADD CONSTRAINT "xp_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "xp_totals" ADD CONSTRAINT "xp_totals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "challenges_dates_idx" ON "challenges" USING btree ("ends_on","starts_on");--> statement-breakpoint
CREATE INDEX "league_members_league_idx" ON "league_members" USING btree ("week","tier","league");--> statement-breakpoint
CREATE INDEX "notifications_person_idx" ON "notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "xp_events_person_day_idx" ON "xp_events" USING btree ("person_id","day");--> statement-breakpoint
CREATE INDEX "xp_totals_province_idx" ON "xp_totals" USING btree ("period","province_id","xp" DESC NULLS LAST,"person_id");--> statement-breakpoint
CREATE INDEX "xp_totals_unit_idx" ON "xp_totals" USING btree ("period","unit_id","xp" DESC NULLS LAST,"person_id");--> statement-breakpoint
CREATE INDEX "xp_totals_organisation_idx" ON "xp_totals" USING btree ("period","organisation_id","xp" DESC NULLS LAST,"person_id");