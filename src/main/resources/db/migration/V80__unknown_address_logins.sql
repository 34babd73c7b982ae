-- Failed log-ins for addresses without an account, shared by all portal instances so that such an
-- address is paused after the same number of attempts as a member's. Only a hash of the address.
CREATE TABLE unknown_address_login (
    address_hash    VARCHAR(64)              NOT NULL PRIMARY KEY,
    failed_logins   INTEGER                  NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX unknown_address_login_last ON unknown_address_login (last_failed_at);
