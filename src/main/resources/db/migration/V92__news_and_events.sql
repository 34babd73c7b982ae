-- The events calendar (events the programme runs or attends, with the themes, value streams and
-- spaces they concern) and news and media releases (an editorial flow as stories have, with the
-- media hits staff record per release).
CREATE SEQUENCE calendar_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE calendar_event (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    title              VARCHAR(200)   NOT NULL,
    kind               VARCHAR(20)    NOT NULL,
    participation      VARCHAR(10)    NOT NULL,
    summary            VARCHAR(4000)  NOT NULL,
    starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    place              VARCHAR(300),
    online_link        VARCHAR(500),
    language           VARCHAR(10)    NOT NULL,
    registration_link  VARCHAR(500),
    organisations      VARCHAR(1000),
    created_by         BIGINT         NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT calendar_event_ends CHECK (ends_at >= starts_at),
    CONSTRAINT calendar_event_participation CHECK (participation IN ('HOSTED', 'ATTENDED'))
);
CREATE INDEX calendar_event_starts ON calendar_event (starts_at);

CREATE TABLE calendar_event_theme (
    event_id  BIGINT       NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    theme     VARCHAR(30)  NOT NULL,
    PRIMARY KEY (event_id, theme)
);
CREATE INDEX calendar_event_theme_theme ON calendar_event_theme (theme);

CREATE TABLE calendar_event_stream (
    event_id      BIGINT       NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    value_stream  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (event_id, value_stream)
);
CREATE INDEX calendar_event_stream_stream ON calendar_event_stream (value_stream);

CREATE TABLE calendar_event_space (
    event_id  BIGINT  NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    space_id  BIGINT  NOT NULL,
    PRIMARY KEY (event_id, space_id)
);
CREATE INDEX calendar_event_space_space ON calendar_event_space (space_id);

CREATE SEQUENCE news_item_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE news_item (
    id             BIGINT         NOT NULL PRIMARY KEY,
    title          VARCHAR(200)   NOT NULL,
    lead_text      VARCHAR(1000)  NOT NULL,
    body           VARCHAR(20000) NOT NULL,
    category       VARCHAR(20)    NOT NULL,
    partners       VARCHAR(1000),
    press_contact  VARCHAR(300)   NOT NULL,
    image_type     VARCHAR(10),
    image_alt      VARCHAR(300),
    status         VARCHAR(10)    NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE,
    created_by     BIGINT         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT news_item_status CHECK (status IN ('DRAFT', 'REVIEW', 'PUBLISHED')),
    CONSTRAINT news_item_image CHECK (image_type IS NULL OR image_alt IS NOT NULL)
);
CREATE INDEX news_item_published ON news_item (status, published_at);

-- the item's image, uploaded (the pages allow images of the portal's own origin only)
CREATE TABLE news_image (
    news_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES news_item (id) ON DELETE CASCADE,
    content  BYTEA   NOT NULL
);

CREATE TABLE news_item_theme (
    news_id  BIGINT       NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    theme    VARCHAR(30)  NOT NULL,
    PRIMARY KEY (news_id, theme)
);

CREATE SEQUENCE media_hit_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE media_hit (
    id           BIGINT        NOT NULL PRIMARY KEY,
    news_id      BIGINT        NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    outlet       VARCHAR(200)  NOT NULL,
    appeared_on  DATE          NOT NULL,
    link         VARCHAR(500),
    reach        BIGINT,
    created_by   BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT media_hit_reach CHECK (reach IS NULL OR reach >= 0)
);
CREATE INDEX media_hit_news ON media_hit (news_id);
CREATE INDEX media_hit_appeared ON media_hit (appeared_on);
