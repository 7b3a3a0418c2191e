CREATE INDEX "people_name_idx" ON "people" USING btree ("full_name","id");--> statement-breakpoint
CREATE INDEX "people_created_idx" ON "people" USING btree ("created_at","id");