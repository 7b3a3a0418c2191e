-- Hand-written: the cascade and the mentor network move KPIs too ("mỗi học viên nòng cốt mở 2-3
-- lớp", "mỗi mentor hướng dẫn ít nhất 05 mentee"): a class opened, cancelled or handed to another
-- trainer, a mentorship started, passed or ended, a person entering or leaving the register of
-- trainers or of mentors marks the person for the KPI refresher, in the same transaction. Updates
-- that change nothing a KPI reads (the refresher's own counters) mark nobody.
CREATE FUNCTION "kpi_mark_network_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'classes' THEN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO kpi_dirty (person_id) SELECT DISTINCT trainer_id FROM new_rows ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO kpi_dirty (person_id) SELECT DISTINCT trainer_id FROM old_rows ON CONFLICT DO NOTHING;
    ELSE
      INSERT INTO kpi_dirty (person_id)
        SELECT x.person_id FROM new_rows n JOIN old_rows o ON o.id = n.id
          CROSS JOIN LATERAL (VALUES (n.trainer_id), (o.trainer_id)) AS x(person_id)
        WHERE (n.trainer_id, n.status) IS DISTINCT FROM (o.trainer_id, o.status)
        GROUP BY x.person_id
        ON CONFLICT DO NOTHING;
    END IF;
  ELSIF TG_TABLE_NAME = 'mentorships' THEN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO kpi_dirty (person_id) SELECT DISTINCT mentor_id FROM new_rows ON CONFLICT DO NOTHING;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO kpi_dirty (person_id) SELECT DISTINCT mentor_id FROM old_rows ON CONFLICT DO NOTHING;
    ELSE
      INSERT INTO kpi_dirty (person_id)
        SELECT DISTINCT n.mentor_id FROM new_rows n JOIN old_rows o
          ON o.mentor_id = n.mentor_id AND o.mentee_id = n.mentee_id
        WHERE n.status IS DISTINCT FROM o.status
        ON CONFLICT DO NOTHING;
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO kpi_dirty (person_id) SELECT DISTINCT person_id FROM old_rows ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO kpi_dirty (person_id) SELECT DISTINCT person_id FROM new_rows ON CONFLICT DO NOTHING;
  ELSIF TG_TABLE_NAME = 'trainers' THEN
    INSERT INTO kpi_dirty (person_id)
      SELECT DISTINCT n.person_id FROM new_rows n JOIN old_rows o ON o.person_id = n.person_id
      WHERE n.tier IS DISTINCT FROM o.tier ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO kpi_dirty (person_id)
      SELECT DISTINCT n.person_id FROM new_rows n JOIN old_rows o ON o.person_id = n.person_id
      WHERE n.status IS DISTINCT FROM o.status ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "classes_kpi_insert" AFTER INSERT ON "classes" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "classes_kpi_update" AFTER UPDATE ON "classes" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "classes_kpi_delete" AFTER DELETE ON "classes" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "mentorships_kpi_insert" AFTER INSERT ON "mentorships" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "mentorships_kpi_update" AFTER UPDATE ON "mentorships" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "mentorships_kpi_delete" AFTER DELETE ON "mentorships" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "trainers_kpi_insert" AFTER INSERT ON "trainers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "trainers_kpi_update" AFTER UPDATE ON "trainers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "trainers_kpi_delete" AFTER DELETE ON "trainers" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "mentors_kpi_insert" AFTER INSERT ON "mentors" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "mentors_kpi_update" AFTER UPDATE ON "mentors" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();--> statement-breakpoint
CREATE TRIGGER "mentors_kpi_delete" AFTER DELETE ON "mentors" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kpi_mark_network_dirty"();
