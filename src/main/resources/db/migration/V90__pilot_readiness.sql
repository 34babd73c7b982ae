-- A pilot is its own thing now: it starts from a contest or hackathon result, a living lab, or a
-- partner's proposal (origin kept as kind + id + title + link), and keeps a readiness record
-- against a versioned item list that staff maintain.
ALTER TABLE pilot ALTER COLUMN space_id DROP NOT NULL;
ALTER TABLE pilot ALTER COLUMN entry_id DROP NOT NULL;
ALTER TABLE pilot ADD COLUMN origin_kind VARCHAR(20) DEFAULT 'RESULT' NOT NULL;
ALTER TABLE pilot ADD COLUMN origin_id BIGINT;
ALTER TABLE pilot ADD COLUMN origin_title VARCHAR(200);
ALTER TABLE pilot ADD COLUMN origin_link VARCHAR(300);
ALTER TABLE pilot ADD COLUMN company_id BIGINT REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE pilot ADD COLUMN owner_id BIGINT REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE pilot ADD COLUMN checklist_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE pilot ADD COLUMN decision_reason VARCHAR(2000);
ALTER TABLE pilot ADD COLUMN gaps_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE pilot ADD COLUMN lesson_id BIGINT;
ALTER TABLE pilot ADD COLUMN story_id BIGINT;

UPDATE pilot SET origin_id = entry_id,
    origin_title = (SELECT r.title FROM result r WHERE r.entry_id = pilot.entry_id AND r.space_id = pilot.space_id),
    origin_link = '/spaces/space?id=' || space_id || '#result-' || entry_id,
    company_id = (SELECT e.submitter_id FROM entry e WHERE e.id = pilot.entry_id);
UPDATE pilot SET origin_title = partner WHERE origin_title IS NULL;

CREATE TABLE readiness_version (
    version     INTEGER      NOT NULL PRIMARY KEY,
    note        VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE readiness_item_seq START WITH 1000 INCREMENT BY 1;
CREATE TABLE readiness_item (
    id        BIGINT       NOT NULL PRIMARY KEY,
    version   INTEGER      NOT NULL REFERENCES readiness_version (version),
    section   INTEGER      NOT NULL,
    position  INTEGER      NOT NULL,
    label_en  VARCHAR(300) NOT NULL,
    label_fi  VARCHAR(300) NOT NULL,
    label_sv  VARCHAR(300) NOT NULL,
    CONSTRAINT readiness_item_section CHECK (section BETWEEN 1 AND 7)
);

CREATE SEQUENCE readiness_answer_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE readiness_answer (
    id           BIGINT        NOT NULL PRIMARY KEY,
    pilot_id     BIGINT        NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    item_id      BIGINT        NOT NULL REFERENCES readiness_item (id),
    answer       VARCHAR(20)   NOT NULL,
    evidence     VARCHAR(2000),
    link         VARCHAR(500),
    owner        VARCHAR(200),
    answered_by  BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT readiness_answer_once UNIQUE (pilot_id, item_id)
);

INSERT INTO readiness_version (version, note, created_at)
    VALUES (1, 'Default list (EU Smart City Guidance, OASC MIMs, U4SSC)', CURRENT_TIMESTAMP);

INSERT INTO readiness_item (id, version, section, position, label_en, label_fi, label_sv) VALUES
 (1, 1, 1, 1, 'Help desk for users at the target scale', 'Käyttäjätuki (help desk) tavoitelaajuudessa', 'Användarsupport (helpdesk) i målskalan'),
 (2, 1, 1, 2, 'Service levels agreed', 'Palvelutasot sovittu', 'Servicenivåer överenskomna'),
 (3, 1, 1, 3, 'Monitoring in place', 'Valvonta käytössä', 'Övervakning på plats'),
 (4, 1, 1, 4, 'Security and privacy review done', 'Tietoturva- ja tietosuojakatselmointi tehty', 'Säkerhets- och integritetsgranskning gjord'),
 (5, 1, 1, 5, 'Capacity and hosting planned for the target scale', 'Kapasiteetti ja ylläpitoympäristö suunniteltu tavoitelaajuudelle', 'Kapacitet och drift planerade för målskalan'),
 (6, 1, 2, 1, 'Open APIs', 'Avoimet rajapinnat', 'Öppna gränssnitt (API)'),
 (7, 1, 2, 2, 'Shared data models', 'Yhteiset tietomallit', 'Gemensamma datamodeller'),
 (8, 1, 2, 3, 'Standards named', 'Käytetyt standardit nimetty', 'Använda standarder namngivna'),
 (9, 1, 3, 1, 'Who owns the data is agreed', 'Datan omistajuus sovittu', 'Ägandet av data överenskommet'),
 (10, 1, 3, 2, 'Data licence chosen', 'Datan lisenssi valittu', 'Datalicens vald'),
 (11, 1, 3, 3, 'Personal data handling described', 'Henkilötietojen käsittely kuvattu', 'Hantering av personuppgifter beskriven'),
 (12, 1, 3, 4, 'Exit and data portability planned', 'Irtautuminen ja datan siirrettävyys suunniteltu', 'Utträde och dataportabilitet planerade'),
 (13, 1, 4, 1, 'Who pays after the pilot is agreed', 'Pilotin jälkeinen maksaja sovittu', 'Vem som betalar efter piloten är överenskommet'),
 (14, 1, 4, 2, 'Procurement route chosen', 'Hankintareitti valittu', 'Upphandlingsväg vald'),
 (15, 1, 4, 3, 'Price at scale known', 'Hinta laajassa käytössä tiedossa', 'Pris i full skala känt'),
 (16, 1, 5, 1, 'Second-stage partners found', 'Toisen vaiheen kumppanit löydetty', 'Partner för andra steget hittade'),
 (17, 1, 5, 2, 'Legal agreements in place', 'Sopimukset tehty', 'Avtal på plats'),
 (18, 1, 5, 3, 'Ownership and maintenance of the service agreed', 'Palvelun omistajuus ja ylläpito sovittu', 'Ägande och underhåll av tjänsten överenskomna'),
 (19, 1, 6, 1, 'Indicators measured with and without the pilot', 'Mittarit mitattu pilotin kanssa ja ilman', 'Indikatorer mätta med och utan piloten'),
 (20, 1, 6, 2, 'Impact shown in the four values', 'Vaikutus osoitettu neljässä arvossa', 'Effekt visad i de fyra värdena'),
 (21, 1, 7, 1, 'Documentation written', 'Dokumentaatio kirjoitettu', 'Dokumentation skriven'),
 (22, 1, 7, 2, 'Training given', 'Koulutus annettu', 'Utbildning given'),
 (23, 1, 7, 3, 'A lesson in the knowledge base', 'Oppi tietopankissa', 'En lärdom i kunskapsbanken');
