-- The smart-city maturity model (staff-managed; its version goes up with every change) with five
-- levels per dimension described in fi/en/sv, the partner cities' dated self-assessments (private
-- until shared), and an optional population per city for comparing with cities of similar size.
CREATE TABLE maturity_model (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INTEGER       NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO maturity_model (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);

CREATE TABLE maturity_dimension (
    id          BIGINT        NOT NULL PRIMARY KEY,
    model_id    BIGINT        NOT NULL REFERENCES maturity_model (id),
    code        VARCHAR(30)   NOT NULL UNIQUE,
    position    INTEGER       NOT NULL,
    name_fi     VARCHAR(120)  NOT NULL,
    name_en     VARCHAR(120)  NOT NULL,
    name_sv     VARCHAR(120)  NOT NULL
);

-- practices: knowledge-base lesson ids, comma-separated, that help a city reach the next level
CREATE TABLE maturity_level (
    dimension_id   BIGINT         NOT NULL REFERENCES maturity_dimension (id) ON DELETE CASCADE,
    level          INTEGER        NOT NULL CHECK (level BETWEEN 1 AND 5),
    description_fi VARCHAR(1000)  NOT NULL,
    description_en VARCHAR(1000)  NOT NULL,
    description_sv VARCHAR(1000)  NOT NULL,
    evidence_fi    VARCHAR(1000)  NOT NULL,
    evidence_en    VARCHAR(1000)  NOT NULL,
    evidence_sv    VARCHAR(1000)  NOT NULL,
    practices      VARCHAR(400)   NOT NULL,
    PRIMARY KEY (dimension_id, level)
);

INSERT INTO maturity_dimension (id, model_id, code, position, name_fi, name_en, name_sv) VALUES
    (1, 1, 'STRATEGY', 1, 'Strateginen tahtotila', 'Strategic intent', 'Strategisk avsikt'),
    (2, 1, 'DATA', 2, 'Data', 'Data', 'Data'),
    (3, 1, 'TECHNOLOGY', 3, 'Teknologia', 'Technology', 'Teknik'),
    (4, 1, 'GOVERNANCE', 4, 'Hallinto- ja palvelumallit', 'Governance and service delivery models', 'Styrning och tjänstemodeller'),
    (5, 1, 'ENGAGEMENT', 5, 'Asukkaiden ja yritysten osallistaminen', 'Citizen and business engagement', 'Invånarnas och företagens delaktighet');

INSERT INTO maturity_level (dimension_id, level, description_fi, description_en, description_sv, evidence_fi, evidence_en, evidence_sv, practices) VALUES
    (1, 1, 'Älykkään kaupungin hankkeet syntyvät yksittäin ilman yhteistä tavoitetta.', 'Smart-city projects start one by one without a shared goal.', 'Smarta stadsprojekt startar ett och ett utan gemensamt mål.', 'Hankelista ilman yhteistä tavoitetta.', 'A list of projects without a common goal.', 'En projektlista utan gemensamt mål.', ''),
    (1, 2, 'Tavoite on kirjattu, mutta se ei ohjaa budjettia.', 'A goal is written down but does not steer the budget.', 'Ett mål är nedskrivet men styr inte budgeten.', 'Valtuuston hyväksymä visio.', 'A vision approved by the council.', 'En vision som fullmäktige godkänt.', ''),
    (1, 3, 'Strategia ohjaa hankkeiden valintaa ja rahoitusta.', 'A strategy steers which projects are chosen and funded.', 'En strategi styr vilka projekt som väljs och finansieras.', 'Hankesalkku, jonka valinnat perustellaan strategialla.', 'A portfolio whose choices cite the strategy.', 'En portfölj vars val motiveras med strategin.', ''),
    (1, 4, 'Strategiaa seurataan mittareilla ja päivitetään vuosittain.', 'The strategy is followed with indicators and updated every year.', 'Strategin följs upp med indikatorer och uppdateras varje år.', 'Vuosittainen tulostaulu ja päivitetty strategia.', 'A yearly scorecard and an updated strategy.', 'Ett årligt styrkort och en uppdaterad strategi.', ''),
    (1, 5, 'Strategia tehdään yhdessä kumppanien ja muiden kaupunkien kanssa.', 'The strategy is made together with partners and other cities.', 'Strategin görs tillsammans med partner och andra städer.', 'Yhteinen tiekartta muiden kaupunkien kanssa.', 'A roadmap shared with other cities.', 'En färdplan gemensam med andra städer.', ''),
    (2, 1, 'Data on siiloissa eikä sitä jaeta.', 'Data sits in silos and is not shared.', 'Data finns i silor och delas inte.', 'Tietovarastojen luettelo puuttuu.', 'No list of the data the city holds.', 'Ingen förteckning över stadens data.', ''),
    (2, 2, 'Osa datasta avataan tapauskohtaisesti.', 'Some data is opened case by case.', 'En del data öppnas från fall till fall.', 'Muutama avoin datasetti.', 'A few open data sets.', 'Några öppna datamängder.', ''),
    (2, 3, 'Datalla on omistajat ja avaamisen periaatteet.', 'Data has owners and rules for opening it.', 'Data har ägare och regler för öppnande.', 'Datan omistajien luettelo ja avaamisperiaatteet.', 'A register of data owners and an open-data policy.', 'Ett register över dataägare och en policy för öppna data.', ''),
    (2, 4, 'Data on rajapinnoissa ja sitä käytetään päätöksenteossa.', 'Data is served through APIs and used in decisions.', 'Data finns i gränssnitt och används i beslut.', 'Rajapintaluettelo ja päätös, joka nojaa dataan.', 'An API catalogue and a decision based on data.', 'En API-katalog och ett beslut som bygger på data.', ''),
    (2, 5, 'Data liikkuu kumppanien ja kaupunkien välillä sovituin ehdoin.', 'Data flows between partners and cities on agreed terms.', 'Data flödar mellan partner och städer på avtalade villkor.', 'Datan jakamisen sopimus toisen kaupungin kanssa.', 'A data-sharing agreement with another city.', 'Ett avtal om datadelning med en annan stad.', ''),
    (3, 1, 'Jokainen yksikkö hankkii oman teknologiansa.', 'Each unit buys its own technology.', 'Varje enhet köper sin egen teknik.', 'Päällekkäisiä järjestelmiä.', 'Overlapping systems.', 'Överlappande system.', ''),
    (3, 2, 'Kokeiluja tehdään, mutta ne eivät jatku.', 'Pilots are run but do not continue.', 'Piloter görs men fortsätter inte.', 'Päättyneitä kokeiluja ilman jatkoa.', 'Ended pilots without a follow-up.', 'Avslutade piloter utan fortsättning.', ''),
    (3, 3, 'Yhteinen arkkitehtuuri ohjaa hankintoja.', 'A shared architecture steers purchases.', 'En gemensam arkitektur styr upphandlingar.', 'Kokonaisarkkitehtuuri ja sitä noudattava hankinta.', 'An enterprise architecture and a purchase that follows it.', 'En helhetsarkitektur och en upphandling som följer den.', ''),
    (3, 4, 'Onnistuneet kokeilut skaalataan palveluiksi.', 'Successful pilots are scaled up into services.', 'Lyckade piloter skalas upp till tjänster.', 'Kokeilu, josta tuli pysyvä palvelu.', 'A pilot that became a lasting service.', 'En pilot som blev en bestående tjänst.', ''),
    (3, 5, 'Avoimet alustat ovat muiden kaupunkien käytössä.', 'Open platforms are reused by other cities.', 'Öppna plattformar återanvänds av andra städer.', 'Toisen kaupungin käyttöönotto.', 'Another city adopting the platform.', 'En annan stad som tagit i bruk plattformen.', ''),
    (4, 1, 'Vastuut ovat epäselviä.', 'Responsibilities are unclear.', 'Ansvaret är oklart.', 'Ei nimettyä vastuuhenkilöä.', 'No named owner.', 'Ingen utsedd ansvarig.', ''),
    (4, 2, 'Hankkeilla on vetäjät, mutta ei yhteistä ohjausta.', 'Projects have leads but no common steering.', 'Projekten har ledare men ingen gemensam styrning.', 'Hankekohtaiset ohjausryhmät.', 'Steering groups per project.', 'Styrgrupper per projekt.', ''),
    (4, 3, 'Ohjelmalla on ohjausryhmä ja salkunhallinta.', 'The programme has a board and portfolio management.', 'Programmet har en styrgrupp och portföljhantering.', 'Salkkukatselmoinnin pöytäkirja.', 'Minutes of a portfolio review.', 'Protokoll från en portföljgenomgång.', ''),
    (4, 4, 'Palvelut tuotetaan yhdessä yritysten kanssa uusin mallein.', 'Services are delivered with companies under new models.', 'Tjänster produceras med företag enligt nya modeller.', 'Innovatiivinen hankinta tai kumppanuussopimus.', 'An innovation procurement or partnership contract.', 'En innovativ upphandling eller ett partnerskapsavtal.', ''),
    (4, 5, 'Hallintomalli on jaettu ja vertailtu muiden kaupunkien kanssa.', 'The governance model is shared and benchmarked with other cities.', 'Styrmodellen delas och jämförs med andra städer.', 'Vertaisarvio toisen kaupungin kanssa.', 'A peer review with another city.', 'En kollegial granskning med en annan stad.', ''),
    (5, 1, 'Asukkaille tiedotetaan valmiista päätöksistä.', 'Residents are told about decisions already made.', 'Invånarna informeras om fattade beslut.', 'Tiedotteet.', 'Press releases.', 'Pressmeddelanden.', ''),
    (5, 2, 'Asukkailta ja yrityksiltä kysytään mielipidettä.', 'Residents and companies are asked for their views.', 'Invånare och företag tillfrågas om sina åsikter.', 'Kysely tai kuuleminen.', 'A survey or a consultation.', 'En enkät eller ett samråd.', ''),
    (5, 3, 'Ratkaisuja kehitetään yhdessä hackathoneissa ja kokeiluissa.', 'Solutions are developed together in hackathons and pilots.', 'Lösningar utvecklas tillsammans i hackathon och piloter.', 'Hackathon tai living lab osallistujineen.', 'A hackathon or living lab with its participants.', 'Ett hackathon eller living lab med deltagare.', ''),
    (5, 4, 'Osallistuminen on jatkuvaa ja sen vaikutus näkyy päätöksissä.', 'Participation is continuous and shows in decisions.', 'Deltagandet är fortlöpande och syns i besluten.', 'Päätös, joka muuttui osallistumisen ansiosta.', 'A decision changed by participation.', 'Ett beslut som ändrades tack vare deltagande.', ''),
    (5, 5, 'Asukkaat ja yritykset johtavat omia kehityshankkeitaan.', 'Residents and companies lead development projects of their own.', 'Invånare och företag leder egna utvecklingsprojekt.', 'Asukkaiden johtama hanke kaupungin tuella.', 'A resident-led project backed by the city.', 'Ett invånarlett projekt med stadens stöd.', '');

CREATE TABLE city_profile (
    city        VARCHAR(120)  NOT NULL PRIMARY KEY,
    population  INTEGER       CHECK (population > 0)
);

CREATE SEQUENCE maturity_assessment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE maturity_assessment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    city           VARCHAR(120)  NOT NULL,
    author_id      BIGINT        NOT NULL REFERENCES account (id),
    model_version  INTEGER       NOT NULL,
    assessed_on    DATE          NOT NULL,
    sharing        VARCHAR(20)   NOT NULL CHECK (sharing IN ('PRIVATE', 'PARTNERS', 'PUBLIC')),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX maturity_assessment_city ON maturity_assessment (city, assessed_on);

-- links: Tori paths (/knowledge/lesson?id=…, /spaces/…, /roadmap/item?id=…), one per line
CREATE TABLE maturity_answer (
    assessment_id  BIGINT         NOT NULL REFERENCES maturity_assessment (id) ON DELETE CASCADE,
    dimension      VARCHAR(30)    NOT NULL,
    current_level  INTEGER        NOT NULL CHECK (current_level BETWEEN 1 AND 5),
    target_level   INTEGER        NOT NULL CHECK (target_level BETWEEN 1 AND 5),
    target_year    INTEGER,
    evidence       VARCHAR(4000),
    links          VARCHAR(2000),
    PRIMARY KEY (assessment_id, dimension)
);

CREATE TABLE maturity_action (
    assessment_id  BIGINT         NOT NULL REFERENCES maturity_assessment (id) ON DELETE CASCADE,
    position       INTEGER        NOT NULL,
    dimension      VARCHAR(30)    NOT NULL,
    title          VARCHAR(300)   NOT NULL,
    owner          VARCHAR(160),
    due_on         DATE,
    status         VARCHAR(20)    NOT NULL CHECK (status IN ('PLANNED', 'STARTED', 'DONE')),
    PRIMARY KEY (assessment_id, position)
);
