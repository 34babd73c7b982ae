package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import org.tori.ecosystem.entity.Audience;
import org.tori.ecosystem.entity.ParticipationGuide;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.i18n.Texts;

/** The "how to take part" texts: staff's own per audience and language, else the bundle's defaults. */
@ApplicationScoped
@Transactional
public class Guides {

    public static final Set<String> LANGUAGES = Set.of("fi", "en", "sv");

    /** The three parts of a page. {@code edited} tells whether staff wrote it or it is the default. */
    public record Guide(
            Audience audience, String language, String canDo, String gains, String howToStart, boolean edited)
            implements Serializable {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Guide guide(Audience audience, String language) {
        var lang = LANGUAGES.contains(language) ? language : "en";
        var stored = em.find(ParticipationGuide.class, new ParticipationGuide.Key(audience, lang));
        if (stored != null) {
            return new Guide(audience, lang, stored.getCanDo(), stored.getGains(), stored.getHowToStart(), true);
        }
        var locale = Locale.forLanguageTag(lang);
        var prefix = "guide." + audience.name() + ".";
        return new Guide(
                audience,
                lang,
                Texts.get(locale, prefix + "canDo"),
                Texts.get(locale, prefix + "gains"),
                Texts.get(locale, prefix + "start"),
                false);
    }

    public void write(
            Audience audience, String language, String canDo, String gains, String howToStart, Reader reader) {
        if (!reader.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "organisation.staffOnly");
        }
        if (!LANGUAGES.contains(language)) {
            throw new DomainException(Kind.INVALID, "guide.language.invalid", "language");
        }
        var guide = em.find(ParticipationGuide.class, new ParticipationGuide.Key(audience, language));
        if (guide == null) {
            guide = new ParticipationGuide(audience, language);
            guide.write(canDo, gains, howToStart, OffsetDateTime.now(clock));
            em.persist(guide);
        } else {
            guide.write(canDo, gains, howToStart, OffsetDateTime.now(clock));
        }
    }
}
