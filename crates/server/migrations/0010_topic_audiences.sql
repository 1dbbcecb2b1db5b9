-- Who a topic is recommended to: new graduates, career hires, or both
-- (everyone). `/api/topics` computes `recommended` for the caller from
-- their hire kind. The old `recommended` flag meant everyone.
ALTER TABLE topics ADD COLUMN for_new_graduates INTEGER NOT NULL DEFAULT 0;
ALTER TABLE topics ADD COLUMN for_career_hires INTEGER NOT NULL DEFAULT 0;
UPDATE topics SET for_new_graduates = recommended, for_career_hires = recommended;
