CREATE TABLE "competence_areas" (
	"framework_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"status" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "competence_areas_framework_id_code_pk" PRIMARY KEY("framework_id","code")
);
--> statement-breakpoint
CREATE TABLE "competences" (
	"id" text PRIMARY KEY NOT NULL,
	"framework_id" text NOT NULL,
	"area_code" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"status" text NOT NULL,
	"description" text,
	"descriptors" jsonb,
	"equivalents" text[] DEFAULT '{}' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_packs" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"version" integer NOT NULL,
	"language" text NOT NULL,
	"manifest" jsonb NOT NULL,
	"checksum" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" text PRIMARY KEY NOT NULL,
	"pack_id" text NOT NULL,
	"version" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"kind" text NOT NULL,
	"source" jsonb,
	"levels" jsonb NOT NULL,
	"attainment" jsonb,
	"placement" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "module_versions" (
	"module_id" text NOT NULL,
	"version" integer NOT NULL,
	"checksum" text NOT NULL,
	"blocks" jsonb NOT NULL,
	"source_path" text,
	"mastery_threshold" real DEFAULT 0.8 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed" boolean DEFAULT false NOT NULL,
	CONSTRAINT "module_versions_module_id_version_pk" PRIMARY KEY("module_id","version")
);
--> statement-breakpoint
CREATE TABLE "modules" (
	"id" text PRIMARY KEY NOT NULL,
	"pack_id" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"minutes" integer NOT NULL,
	"level" text NOT NULL,
	"language" text NOT NULL,
	"target_groups" text[] NOT NULL,
	"competence_ids" text[] NOT NULL,
	"current_version" integer NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"question_count" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" text PRIMARY KEY NOT NULL,
	"pack_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"courses" jsonb NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tracks" (
	"id" text PRIMARY KEY NOT NULL,
	"pack_id" text NOT NULL,
	"title" text NOT NULL,
	"target_groups" text[] NOT NULL,
	"module_ids" text[] NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attainment_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"framework_id" text NOT NULL,
	"target_group" text NOT NULL,
	"questions" jsonb NOT NULL,
	"pass_score" real NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"score" real,
	"passed" boolean,
	"results" jsonb
);
--> statement-breakpoint
CREATE TABLE "attainments" (
	"person_id" uuid NOT NULL,
	"framework_id" text NOT NULL,
	"target_group" text NOT NULL,
	"score" real NOT NULL,
	"attained_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attainments_person_id_framework_id_target_group_pk" PRIMARY KEY("person_id","framework_id","target_group")
);
--> statement-breakpoint
CREATE TABLE "competence_mastery" (
	"person_id" uuid NOT NULL,
	"competence_id" text NOT NULL,
	"score" real NOT NULL,
	"modules_mastered" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competence_mastery_person_id_competence_id_pk" PRIMARY KEY("person_id","competence_id")
);
--> statement-breakpoint
CREATE TABLE "learner_profiles" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"target_group" text NOT NULL,
	"daily_goal_minutes" smallint DEFAULT 15 NOT NULL,
	"track_id" text,
	"placement" jsonb,
	"placed_at" timestamp with time zone,
	"onboarded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"verb" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"module_id" text,
	"module_version" integer,
	"result" jsonb,
	"context" jsonb,
	"timestamp" timestamp with time zone NOT NULL,
	"stored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "module_progress" (
	"person_id" uuid NOT NULL,
	"module_id" text NOT NULL,
	"module_version" integer NOT NULL,
	"block_index" integer DEFAULT 0 NOT NULL,
	"blocks_done" integer DEFAULT 0 NOT NULL,
	"score" real DEFAULT 0 NOT NULL,
	"mastered" boolean DEFAULT false NOT NULL,
	"completed_at" timestamp with time zone,
	"seconds_spent" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "module_progress_person_id_module_id_pk" PRIMARY KEY("person_id","module_id")
);
--> statement-breakpoint
CREATE TABLE "practice_submissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"module_id" text NOT NULL,
	"module_version" integer NOT NULL,
	"block_id" text NOT NULL,
	"text" text,
	"file_name" text,
	"file_type" text,
	"file_data" text,
	"grade" jsonb NOT NULL,
	"grader" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_results" (
	"person_id" uuid NOT NULL,
	"module_id" text NOT NULL,
	"question_id" text NOT NULL,
	"best_score" real NOT NULL,
	"last_score" real NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "question_results_person_id_module_id_question_id_pk" PRIMARY KEY("person_id","module_id","question_id")
);
--> statement-breakpoint
CREATE INDEX "competences_framework_idx" ON "competences" USING btree ("framework_id","area_code");--> statement-breakpoint
CREATE INDEX "modules_pack_idx" ON "modules" USING btree ("pack_id");--> statement-breakpoint
CREATE INDEX "attainment_attempts_person_idx" ON "attainment_attempts" USING btree ("person_id","started_at");--> statement-breakpoint
CREATE INDEX "learning_events_person_time_idx" ON "learning_events" USING btree ("person_id","timestamp");--> statement-breakpoint
CREATE INDEX "module_progress_updated_idx" ON "module_progress" USING btree ("person_id","updated_at");--> statement-breakpoint
CREATE INDEX "practice_submissions_person_idx" ON "practice_submissions" USING btree ("person_id","module_id");