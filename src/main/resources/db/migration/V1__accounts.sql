-- Accounts of everyone who takes part: citizens, companies, partner cities, staff.
-- Portable SQL: runs unchanged on PostgreSQL and on the embedded H2 database.
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE account (
    id              BIGINT        NOT NULL PRIMARY KEY,
    email           VARCHAR(254)  NOT NULL,
    display_name    VARCHAR(120)  NOT NULL,
    password_hash   VARCHAR(512)  NOT NULL,
    role            VARCHAR(20)   NOT NULL,
    organisation    VARCHAR(160),
    city            VARCHAR(120),
    language        VARCHAR(8)    NOT NULL,
    bio             VARCHAR(2000),
    searchable      BOOLEAN       NOT NULL,
    verified_at     TIMESTAMP WITH TIME ZONE,
    failed_logins   INTEGER       NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email),
    CONSTRAINT account_role_known CHECK (role IN ('CITIZEN', 'COMPANY', 'CITY_PARTNER', 'STAFF', 'ADMIN'))
);

CREATE TABLE account_skill (
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    tag         VARCHAR(60)  NOT NULL,
    PRIMARY KEY (account_id, tag)
);

CREATE TABLE account_interest (
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    tag         VARCHAR(60)  NOT NULL,
    PRIMARY KEY (account_id, tag)
);

-- One-time links sent by mail (e-mail verification, password reset). Only a hash of the token
-- is stored, so a leaked table does not let anyone in.
CREATE TABLE account_token (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     VARCHAR(20)  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_token_account ON account_token (account_id);
