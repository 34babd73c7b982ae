package org.tori.ecosystem.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Staff's own text of a "how to take part" page in one language; without one the bundle's default shows. */
@Entity
@Table(name = "participation_guide")
@IdClass(ParticipationGuide.Key.class)
public class ParticipationGuide {

    /** The id: one text per audience and language. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Audience audience;
        private String language;

        public Key() {}

        public Key(Audience audience, String language) {
            this.audience = Objects.requireNonNull(audience);
            this.language = Objects.requireNonNull(language);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.audience == audience && Objects.equals(k.language, language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(audience, language);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    private Audience audience;

    @Id
    private String language;

    @Column(name = "can_do")
    private String canDo;

    private String gains;

    @Column(name = "how_to_start")
    private String howToStart;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected ParticipationGuide() {}

    public ParticipationGuide(Audience audience, String language) {
        this.audience = Objects.requireNonNull(audience);
        this.language = Objects.requireNonNull(language);
    }

    public void write(String canDo, String gains, String howToStart, OffsetDateTime now) {
        this.canDo = FormText.required(canDo, 4000, "canDo");
        this.gains = FormText.required(gains, 4000, "gains");
        this.howToStart = FormText.required(howToStart, 4000, "howToStart");
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Audience getAudience() {
        return audience;
    }

    public String getLanguage() {
        return language;
    }

    public String getCanDo() {
        return canDo;
    }

    public String getGains() {
        return gains;
    }

    public String getHowToStart() {
        return howToStart;
    }
}
