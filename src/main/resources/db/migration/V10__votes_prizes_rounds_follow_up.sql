-- Contest extras: public vote, prize categories, further judging rounds for the top entries, and
-- the follow-up of a winner (business case or pilot) through to scale-up.
ALTER TABLE space ADD COLUMN public_vote BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE space ADD COLUMN eligibility VARCHAR(2000);

CREATE SEQUENCE vote_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE public_vote (
    id          BIGINT NOT NULL PRIMARY KEY,
    space_id    BIGINT NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    entry_id    BIGINT NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    cast_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT vote_once UNIQUE (space_id, account_id)
);

CREATE SEQUENCE prize_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE prize (
    id          BIGINT         NOT NULL PRIMARY KEY,
    space_id    BIGINT         NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    name        VARCHAR(200)   NOT NULL,
    amount_eur  DECIMAL(12, 2),
    basis       VARCHAR(20)    NOT NULL,
    place       INTEGER,
    impact      VARCHAR(20),
    position    INTEGER        NOT NULL
);
CREATE TABLE prize_award (
    prize_id  BIGINT NOT NULL REFERENCES prize (id) ON DELETE CASCADE,
    entry_id  BIGINT NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    PRIMARY KEY (prize_id, entry_id)
);

ALTER TABLE score ADD COLUMN round INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE score DROP CONSTRAINT score_once;
ALTER TABLE score ADD CONSTRAINT score_once UNIQUE (entry_id, criterion_id, juror_id, round);

CREATE TABLE judging_round (
    space_id    BIGINT  NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    round       INTEGER NOT NULL,
    top_n       INTEGER NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (space_id, round)
);
CREATE TABLE round_entry (
    space_id  BIGINT  NOT NULL,
    round     INTEGER NOT NULL,
    entry_id  BIGINT  NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    PRIMARY KEY (space_id, round, entry_id),
    FOREIGN KEY (space_id, round) REFERENCES judging_round (space_id, round) ON DELETE CASCADE
);

ALTER TABLE pilot ADD COLUMN kind VARCHAR(20) DEFAULT 'PILOT' NOT NULL;
ALTER TABLE pilot ADD COLUMN next_step VARCHAR(2000);
ALTER TABLE pilot ADD COLUMN stage VARCHAR(20) DEFAULT 'OFFERED' NOT NULL;
ALTER TABLE pilot ADD COLUMN outcome VARCHAR(5000);
ALTER TABLE pilot ADD COLUMN stage_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE pilot ALTER COLUMN budget_eur DROP NOT NULL;
ALTER TABLE pilot ALTER COLUMN starts_on DROP NOT NULL;
