DROP INDEX "people_unit_name_idx";--> statement-breakpoint
DROP INDEX "people_name_idx";--> statement-breakpoint
CREATE INDEX "people_unit_name_idx" ON "people" USING btree ("unit_id","search_text" collate "C");--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree ("search_text" collate "C","id");