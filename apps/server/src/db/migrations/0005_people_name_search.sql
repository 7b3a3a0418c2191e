-- People sort and prefix-match by their folded name in byte order; the scope columns ride in the
-- name indexes so walks in name order and a commune's counts never read the table.
DROP INDEX "people_unit_name_idx";--> statement-breakpoint
DROP INDEX "people_name_idx";--> statement-breakpoint
CREATE INDEX "people_unit_name_idx" ON "people" USING btree ("unit_id","search_text" collate "C");--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree ("search_text" collate "C","id","unit_id","organisation_id");--> statement-breakpoint
DROP INDEX "people_organisation_idx";--> statement-breakpoint
CREATE INDEX "people_organisation_idx" ON "people" USING btree ("organisation_id","search_text" collate "C","unit_id");--> statement-breakpoint
-- Name tails replace the trigram index for words inside a name.
DROP INDEX "people_search_trgm_idx";--> statement-breakpoint
CREATE TABLE "person_name_tails" (
	"tail" text NOT NULL,
	"person_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_name_tails" ADD CONSTRAINT "person_name_tails_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Hand-written: the tails of every name, kept by statement-level triggers so that every insert
-- path (one person, bulk imports, the synthetic province) fills them in the same statement.
CREATE FUNCTION "person_name_tails_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO person_name_tails (tail, person_id)
      SELECT array_to_string(w[i:], ' '), n.id
      FROM new_rows n
      CROSS JOIN LATERAL string_to_array(n.search_text, ' ') AS w
      CROSS JOIN LATERAL generate_series(2, cardinality(w)) AS i;
  ELSE
    DELETE FROM person_name_tails t
      USING old_rows o JOIN new_rows n ON n.id = o.id
      WHERE t.person_id = o.id AND o.search_text IS DISTINCT FROM n.search_text;
    INSERT INTO person_name_tails (tail, person_id)
      SELECT array_to_string(w[i:], ' '), n.id
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL string_to_array(n.search_text, ' ') AS w
      CROSS JOIN LATERAL generate_series(2, cardinality(w)) AS i
      WHERE o.search_text IS DISTINCT FROM n.search_text;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "people_name_tails_insert" AFTER INSERT ON "people" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "person_name_tails_sync"();--> statement-breakpoint
CREATE TRIGGER "people_name_tails_update" AFTER UPDATE ON "people" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "person_name_tails_sync"();--> statement-breakpoint
INSERT INTO "person_name_tails" ("tail", "person_id")
  SELECT array_to_string(w[i:], ' '), p.id
  FROM "people" p
  CROSS JOIN LATERAL string_to_array(p.search_text, ' ') AS w
  CROSS JOIN LATERAL generate_series(2, cardinality(w)) AS i;--> statement-breakpoint
CREATE INDEX "person_name_tails_tail_idx" ON "person_name_tails" USING btree ("tail" collate "C","person_id");--> statement-breakpoint
CREATE INDEX "person_name_tails_person_idx" ON "person_name_tails" USING btree ("person_id");
