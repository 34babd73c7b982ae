package org.tori.ecosystem.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** An organisation's partnership with the programme: a letter of intent signed on a date, a level, areas. */
@Embeddable
public class Partnership {

    @Column(name = "loi_signed_on")
    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_level")
    private PartnerLevel level;

    @Column(name = "collaboration")
    private String areas;

    protected Partnership() {}

    /** A letter signed on a day that has come (not in the future), with its level and areas of collaboration. */
    public static Partnership letterOfIntent(LocalDate signedOn, PartnerLevel level, String areas, LocalDate today) {
        if (signedOn == null) {
            throw new DomainException(Kind.INVALID, "organisation.loi.date.required", "loi-date");
        }
        if (signedOn.isAfter(Objects.requireNonNull(today))) {
            throw new DomainException(Kind.INVALID, "organisation.loi.date.future", "loi-date");
        }
        if (level == null) {
            throw new DomainException(Kind.INVALID, "organisation.loi.level.required", "loi-level");
        }
        var p = new Partnership();
        p.signedOn = signedOn;
        p.level = level;
        p.areas = FormText.clean(areas, 1000, "loi-areas");
        return p;
    }

    public boolean hasLetterOfIntent() {
        return signedOn != null;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public PartnerLevel getLevel() {
        return level;
    }

    public String getAreas() {
        return areas;
    }
}
