-- A counter that moves whenever data shown in lists changes, however it
-- changed (this server, another process, a manual fix in the SQL shell).
-- Read caches compare against it instead of trusting their own bookkeeping.
CREATE TABLE data_revision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO data_revision (id, n) VALUES (1, 0);

CREATE TRIGGER departments_ins_revision AFTER INSERT ON departments BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER departments_upd_revision AFTER UPDATE ON departments BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER departments_del_revision AFTER DELETE ON departments BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER people_ins_revision AFTER INSERT ON people BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER people_upd_revision AFTER UPDATE ON people BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER people_del_revision AFTER DELETE ON people BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER theme_categories_ins_revision AFTER INSERT ON theme_categories BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER theme_categories_upd_revision AFTER UPDATE ON theme_categories BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER theme_categories_del_revision AFTER DELETE ON theme_categories BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER themes_ins_revision AFTER INSERT ON themes BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER themes_upd_revision AFTER UPDATE ON themes BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER themes_del_revision AFTER DELETE ON themes BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER theme_required_items_ins_revision AFTER INSERT ON theme_required_items BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER theme_required_items_upd_revision AFTER UPDATE ON theme_required_items BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER theme_required_items_del_revision AFTER DELETE ON theme_required_items BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_profiles_ins_revision AFTER INSERT ON mentor_profiles BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_profiles_upd_revision AFTER UPDATE ON mentor_profiles BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_profiles_del_revision AFTER DELETE ON mentor_profiles BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_availability_ins_revision AFTER INSERT ON mentor_availability BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_availability_upd_revision AFTER UPDATE ON mentor_availability BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_availability_del_revision AFTER DELETE ON mentor_availability BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_availability_exceptions_ins_revision AFTER INSERT ON mentor_availability_exceptions BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_availability_exceptions_upd_revision AFTER UPDATE ON mentor_availability_exceptions BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_availability_exceptions_del_revision AFTER DELETE ON mentor_availability_exceptions BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_themes_ins_revision AFTER INSERT ON mentor_themes BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_themes_upd_revision AFTER UPDATE ON mentor_themes BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_themes_del_revision AFTER DELETE ON mentor_themes BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_theme_answers_ins_revision AFTER INSERT ON mentor_theme_answers BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_theme_answers_upd_revision AFTER UPDATE ON mentor_theme_answers BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER mentor_theme_answers_del_revision AFTER DELETE ON mentor_theme_answers BEGIN UPDATE data_revision SET n = n + 1 WHERE id = 1; END;
