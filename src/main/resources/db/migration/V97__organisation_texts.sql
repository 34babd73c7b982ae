-- an organisation's description in the programme's other languages (fi, en, sv): the main text stays in
-- organisation.description in organisation.language, and readers get their own language when it is here
CREATE TABLE organisation_text (
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    language        VARCHAR(5)    NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (organisation_id, language)
);
