-- What mentors write themselves, in English as well as Japanese. Either
-- side may be empty (not written); a card shows the reader's language when
-- it is written and the other one, marked, otherwise.

-- `talk_about` stays the Japanese side; `search_text` covers both.
ALTER TABLE mentor_profiles ADD COLUMN talk_about_en TEXT NOT NULL DEFAULT '';

-- `answer` is the Japanese side of a text answer ('' when written in English
-- only) and the value of a choice or a year, which have no English side.
ALTER TABLE mentor_theme_answers ADD COLUMN answer_en TEXT NOT NULL DEFAULT '';
