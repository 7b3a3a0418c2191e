CREATE INDEX "people_target_groups_idx" ON "people" USING gin ("target_groups");--> statement-breakpoint
CREATE INDEX "people_vulnerabilities_idx" ON "people" USING gin ("vulnerabilities");