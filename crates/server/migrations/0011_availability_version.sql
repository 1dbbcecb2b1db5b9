-- The version of a mentor's preferred times, for `ETag` / `If-Match` on
-- `/api/me/availability`: every save moves it. Profiles that exist already
-- start at 1; a person without a profile is version 0 ("never saved").
ALTER TABLE mentor_profiles ADD COLUMN availability_version INTEGER NOT NULL DEFAULT 1;
