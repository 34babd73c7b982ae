package org.tori.ecosystem.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tori.ecosystem.entity.Organisation;
import org.tori.ecosystem.entity.OrganisationKind;
import org.tori.ecosystem.entity.PartnerLevel;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** An organisation as the directory, the staff queue and open data show it: no personal data. */
public record OrganisationCard(
        long id,
        String name,
        OrganisationKind kind,
        String description,
        String language,
        String city,
        String website,
        String contactRole,
        List<Theme> themes,
        List<ValueStream> valueStreams,
        boolean letterOfIntent,
        LocalDate signedOn,
        PartnerLevel level,
        String collaboration,
        Map<String, String> translations)
        implements Serializable {

    /** The description in the reader's language when it is written in it, else in its main language. */
    public String descriptionIn(String reader) {
        return translations.getOrDefault(reader, description);
    }

    /** The language of {@link #descriptionIn(String)}. */
    public String descriptionLanguage(String reader) {
        return translations.containsKey(reader) ? reader : language;
    }

    static OrganisationCard of(Organisation o) {
        var p = o.getPartnership();
        return new OrganisationCard(
                o.getId(),
                o.getName(),
                o.getKind(),
                o.getDescription(),
                o.getLanguage(),
                o.getCity(),
                o.getWebsite(),
                o.getContactRole(),
                List.copyOf(o.getThemes()).stream().sorted().toList(),
                List.copyOf(o.getValueStreams()).stream().sorted().toList(),
                p != null,
                p == null ? null : p.getSignedOn(),
                p == null ? null : p.getLevel(),
                p == null ? null : p.getAreas(),
                o.getTranslations());
    }
}
