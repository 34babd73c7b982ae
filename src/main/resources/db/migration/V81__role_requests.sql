-- Companies and partner cities are no longer self-declared: registering as one asks staff, and the
-- account stays a citizen until they approve. Portable SQL: PostgreSQL and the embedded H2.
CREATE SEQUENCE role_request_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE role_request (
    id              BIGINT        NOT NULL PRIMARY KEY,
    account_id      BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    requested_role  VARCHAR(20)   NOT NULL,
    organisation    VARCHAR(160),
    city            VARCHAR(120),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    reason          VARCHAR(1000),
    decided_by      BIGINT,
    decided_at      TIMESTAMP WITH TIME ZONE,
    invited_by      BIGINT,
    version         BIGINT        NOT NULL,
    CONSTRAINT role_request_role_known CHECK (requested_role IN ('COMPANY', 'CITY_PARTNER')),
    CONSTRAINT role_request_state_known CHECK (state IN ('PENDING', 'APPROVED', 'REFUSED'))
);
CREATE INDEX role_request_state ON role_request (state, created_at);
CREATE INDEX role_request_account ON role_request (account_id);

CREATE TABLE colleague_invitation (
    token_hash  VARCHAR(64)   NOT NULL PRIMARY KEY,
    email       VARCHAR(254)  NOT NULL,
    city        VARCHAR(120)  NOT NULL,
    invited_by  BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX colleague_invitation_email ON colleague_invitation (email);

-- Every company and partner city so far chose its role itself (only the demo accounts were made
-- by Tori): each becomes a citizen with a pending request for what it claimed, for staff to decide.
-- The ids are the accounts' ids negated, so they never meet the sequence's (positive) ones.
INSERT INTO role_request (id, account_id, requested_role, organisation, city, created_at, state, version)
SELECT -a.id, a.id, a.role, a.organisation, a.city, a.created_at, 'PENDING', 0
  FROM account a
 WHERE a.role IN ('COMPANY', 'CITY_PARTNER')
   AND a.email NOT LIKE '%@demo.tori.fi'
   AND a.erased_at IS NULL
   AND (a.role <> 'COMPANY' OR a.organisation IS NOT NULL)
   AND (a.role <> 'CITY_PARTNER' OR a.city IS NOT NULL);

UPDATE account SET role = 'CITIZEN'
 WHERE role IN ('COMPANY', 'CITY_PARTNER')
   AND email NOT LIKE '%@demo.tori.fi';
