-- A counter that moves whenever any 1on1 changes, however it changed. The
-- busy-time cache behind GET /api/mentors/{id}/slots compares against it;
-- it is separate from data_revision so that bookings do not empty the
-- people and mentor list caches.
CREATE TABLE booking_revision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO booking_revision (id, n) VALUES (1, 0);

CREATE TRIGGER one_on_ones_ins_revision AFTER INSERT ON one_on_ones BEGIN UPDATE booking_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER one_on_ones_upd_revision AFTER UPDATE ON one_on_ones BEGIN UPDATE booking_revision SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER one_on_ones_del_revision AFTER DELETE ON one_on_ones BEGIN UPDATE booking_revision SET n = n + 1 WHERE id = 1; END;
