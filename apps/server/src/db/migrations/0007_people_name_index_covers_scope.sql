DROP INDEX "people_name_idx";--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree ("search_text" collate "C","id","unit_id","organisation_id");