CREATE TABLE "campaign_targets" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"subject" text NOT NULL,
	"population" jsonb NOT NULL,
	"achievement" jsonb NOT NULL,
	"target_share" real NOT NULL,
	"due_on" date NOT NULL,
	"denominator_key" text,
	"position" integer DEFAULT 0 NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "campaign_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"pack_id" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"reference" text NOT NULL,
	"issuing_body" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"targets" jsonb NOT NULL,
	"position" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"template_id" text,
	"name" text NOT NULL,
	"name_en" text,
	"unit_id" integer NOT NULL,
	"issuing_body" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"person_id" uuid NOT NULL,
	"course_id" text NOT NULL,
	"source" text NOT NULL,
	"enrolled_by" uuid,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolments_person_id_course_id_pk" PRIMARY KEY("person_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"file_name" text NOT NULL,
	"file_hash" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"message" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kpi_counts" (
	"target_id" text NOT NULL,
	"unit_id" integer,
	"target_group" text DEFAULT '' NOT NULL,
	"achieved" integer DEFAULT 0 NOT NULL,
	"population" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "kpi_counts_place_key" UNIQUE NULLS NOT DISTINCT("target_id","unit_id","target_group")
);
--> statement-breakpoint
CREATE TABLE "kpi_dirty" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_history" (
	"target_id" text NOT NULL,
	"day" date NOT NULL,
	"unit_id" integer NOT NULL,
	"achieved" integer NOT NULL,
	"population" integer NOT NULL,
	CONSTRAINT "kpi_history_target_id_unit_id_day_pk" PRIMARY KEY("target_id","unit_id","day")
);
--> statement-breakpoint
CREATE TABLE "kpi_organisation_counts" (
	"target_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"achieved" integer DEFAULT 0 NOT NULL,
	"population" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "kpi_organisation_counts_target_id_organisation_id_target_group_pk" PRIMARY KEY("target_id","organisation_id","target_group")
);
--> statement-breakpoint
CREATE TABLE "kpi_subjects" (
	"target_id" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"unit_id" integer,
	"organisation_id" uuid,
	"target_group" text DEFAULT '' NOT NULL,
	"achieved_at" timestamp with time zone,
	CONSTRAINT "kpi_subjects_target_id_subject_id_pk" PRIMARY KEY("target_id","subject_id")
);
--> statement-breakpoint
CREATE TABLE "population_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"unit_id" integer,
	"organisation_id" uuid,
	"value" integer NOT NULL,
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "population_figures_place_key" UNIQUE NULLS NOT DISTINCT("key","unit_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" text NOT NULL,
	"unit_id" integer NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_on" date NOT NULL,
	"figures" jsonb NOT NULL,
	"notes" text,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"generated_by" uuid,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	CONSTRAINT "reports_period_key" UNIQUE("campaign_id","unit_id","period")
);
--> statement-breakpoint
ALTER TABLE "learner_profiles" ADD COLUMN "last_active_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "industrial_zone" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "identity_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "person_name_tails" ADD COLUMN "unit_id" integer;--> statement-breakpoint
ALTER TABLE "person_name_tails" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_counts" ADD CONSTRAINT "kpi_counts_target_id_campaign_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."campaign_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_history" ADD CONSTRAINT "kpi_history_target_id_campaign_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."campaign_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_organisation_counts" ADD CONSTRAINT "kpi_organisation_counts_target_id_campaign_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."campaign_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_subjects" ADD CONSTRAINT "kpi_subjects_target_id_campaign_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."campaign_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_figures" ADD CONSTRAINT "population_figures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_figures" ADD CONSTRAINT "population_figures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_targets_campaign_idx" ON "campaign_targets" USING btree ("campaign_id","position");--> statement-breakpoint
CREATE INDEX "enrolments_course_idx" ON "enrolments" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "import_jobs_created_by_idx" ON "import_jobs" USING btree ("created_by","created_at");--> statement-breakpoint
CREATE INDEX "kpi_organisation_counts_org_idx" ON "kpi_organisation_counts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "kpi_subjects_unit_idx" ON "kpi_subjects" USING btree ("target_id","unit_id","achieved_at");--> statement-breakpoint
CREATE INDEX "kpi_subjects_organisation_idx" ON "kpi_subjects" USING btree ("target_id","organisation_id","achieved_at");--> statement-breakpoint
CREATE INDEX "population_figures_unit_idx" ON "population_figures" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "reports_campaign_period_idx" ON "reports" USING btree ("campaign_id","period");--> statement-breakpoint
CREATE INDEX "learner_profiles_last_active_idx" ON "learner_profiles" USING btree ("last_active_at");--> statement-breakpoint
CREATE UNIQUE INDEX "households_unit_code_key" ON "households" USING btree ("unit_id","code");--> statement-breakpoint
CREATE INDEX "organisations_tax_code_idx" ON "organisations" USING btree ("tax_code");--> statement-breakpoint
-- Hand-written: every change that can move a KPI marks the person for the KPI refresher, in the
-- same transaction as the change, whatever path made it (answers, statements, certificates,
-- imports, the synthetic province). Statement-level triggers: one insert per statement.
CREATE FUNCTION "kpi_mark_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'people' THEN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO kpi_dirty (person_id) SELECT DISTINCT id FROM new_rows ON CONFLICT DO NOTHING;
    ELSE
      INSERT INTO kpi_dirty (person_id)
        SELECT DISTINCT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.unit_id, n.organisation_id, n.household_id, n.target_groups, n.vulnerabilities,
               n.identity_verified_at, n.birth_year)
          IS DISTINCT FROM (o.unit_id, o.organisation_id, o.household_id, o.target_groups,
               o.vulnerabilities, o.identity_verified_at, o.birth_year)
        ON CONFLICT DO NOTHING;
    END IF;
  ELSIF TG_TABLE_NAME = 'learner_profiles' AND TG_OP = 'UPDATE' THEN
    INSERT INTO kpi_dirty (person_id)
      SELECT DISTINCT n.person_id FROM new_rows n JOIN old_rows o ON o.person_id = n.person_id
      WHERE n.target_group IS DISTINCT FROM o.target_group
      ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO kpi_dirty (person_id) SELECT DISTINCT person_id FROM old_rows ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO kpi_dirty (person_id) SELECT DISTINCT person_id FROM new_rows ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "people_kpi_insert" AFTER INSERT ON "people" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "people_kpi_update" AFTER UPDATE ON "people" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "learner_profiles_kpi_insert" AFTER INSERT ON "learner_profiles" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "learner_profiles_kpi_update" AFTER UPDATE ON "learner_profiles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "module_progress_kpi_insert" AFTER INSERT ON "module_progress" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "module_progress_kpi_update" AFTER UPDATE ON "module_progress" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "certificates_kpi_insert" AFTER INSERT ON "certificates" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "certificates_kpi_update" AFTER UPDATE ON "certificates" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "attainments_kpi_insert" AFTER INSERT ON "attainments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "attainments_kpi_update" AFTER UPDATE ON "attainments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "enrolments_kpi_insert" AFTER INSERT ON "enrolments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();--> statement-breakpoint
CREATE TRIGGER "enrolments_kpi_delete" AFTER DELETE ON "enrolments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_dirty"();
--> statement-breakpoint
-- Hand-written: a commune's people lists filtered by target group or vulnerability count from the
-- (unit, name) and (organisation, name, unit) indexes alone, the arrays riding along (INCLUDE is
-- not expressible in the Drizzle schema, which declares the same keys).
DROP INDEX "people_unit_name_idx";--> statement-breakpoint
CREATE INDEX "people_unit_name_idx" ON "people" USING btree ("unit_id","search_text" collate "C") INCLUDE ("target_groups","vulnerabilities");--> statement-breakpoint
DROP INDEX "people_organisation_idx";--> statement-breakpoint
CREATE INDEX "people_organisation_idx" ON "people" USING btree ("organisation_id","search_text" collate "C","unit_id") INCLUDE ("target_groups","vulnerabilities");
--> statement-breakpoint
-- Hand-written: name tails carry the person's unit and organisation, so a commune officer's search
-- for a given or middle name counts and pages from the tail index alone.
UPDATE "person_name_tails" t SET "unit_id" = p."unit_id", "organisation_id" = p."organisation_id"
  FROM "people" p WHERE p."id" = t."person_id" AND (p."unit_id" IS NOT NULL OR p."organisation_id" IS NOT NULL);--> statement-breakpoint
DROP INDEX "person_name_tails_tail_idx";--> statement-breakpoint
CREATE INDEX "person_name_tails_tail_idx" ON "person_name_tails" USING btree ("tail" collate "C","person_id") INCLUDE ("unit_id","organisation_id");--> statement-breakpoint
CREATE OR REPLACE FUNCTION "person_name_tails_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO person_name_tails (tail, person_id, unit_id, organisation_id)
      SELECT array_to_string(w[i:], ' '), n.id, n.unit_id, n.organisation_id
      FROM new_rows n
      CROSS JOIN LATERAL string_to_array(n.search_text, ' ') AS w
      CROSS JOIN LATERAL generate_series(2, cardinality(w)) AS i;
  ELSE
    DELETE FROM person_name_tails t
      USING old_rows o JOIN new_rows n ON n.id = o.id
      WHERE t.person_id = o.id AND o.search_text IS DISTINCT FROM n.search_text;
    INSERT INTO person_name_tails (tail, person_id, unit_id, organisation_id)
      SELECT array_to_string(w[i:], ' '), n.id, n.unit_id, n.organisation_id
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL string_to_array(n.search_text, ' ') AS w
      CROSS JOIN LATERAL generate_series(2, cardinality(w)) AS i
      WHERE o.search_text IS DISTINCT FROM n.search_text;
    UPDATE person_name_tails t SET unit_id = n.unit_id, organisation_id = n.organisation_id
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE t.person_id = n.id AND o.search_text IS NOT DISTINCT FROM n.search_text
        AND (o.unit_id, o.organisation_id) IS DISTINCT FROM (n.unit_id, n.organisation_id);
  END IF;
  RETURN NULL;
END $$;
