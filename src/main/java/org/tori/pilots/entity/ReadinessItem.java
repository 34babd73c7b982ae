package org.tori.pilots.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** One question of a version of the readiness list, in one of the seven sections, in the three languages. */
@Entity
@Table(name = "readiness_item")
@NamedQuery(
        name = ReadinessItem.OF_VERSION,
        query = "SELECT i FROM ReadinessItem i WHERE i.version = :version ORDER BY i.section, i.position, i.id")
@NamedQuery(name = ReadinessItem.LATEST_VERSION, query = "SELECT MAX(i.version) FROM ReadinessItem i")
public class ReadinessItem {

    public static final String OF_VERSION = "ReadinessItem.ofVersion";
    public static final String LATEST_VERSION = "ReadinessItem.latestVersion";
    public static final int SECTIONS = 7;

    @Id
    @SequenceGenerator(name = "readiness_item_seq", sequenceName = "readiness_item_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "readiness_item_seq")
    private Long id;

    private int version;
    private int section;
    private int position;

    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "label_fi")
    private String labelFi;

    @Column(name = "label_sv")
    private String labelSv;

    protected ReadinessItem() {}

    public ReadinessItem(int version, int section, int position, String en, String fi, String sv) {
        if (section < 1 || section > SECTIONS) {
            throw new DomainException(Kind.INVALID, "readiness.section.invalid", "items");
        }
        for (var label : new String[] {en, fi, sv}) {
            if (label == null || label.isBlank()) {
                throw new DomainException(Kind.INVALID, "readiness.label.required", "items");
            }
            if (label.strip().length() > 300) {
                throw new DomainException(Kind.INVALID, "pilot.text.long", "items");
            }
        }
        this.version = version;
        this.section = section;
        this.position = position;
        this.labelEn = en.strip();
        this.labelFi = fi.strip();
        this.labelSv = sv.strip();
    }

    /** For tests and lists built in memory: an item with a known id. */
    public static ReadinessItem withId(long id, int version, int section, String label) {
        var item = new ReadinessItem(version, section, 0, label, label, label);
        item.id = id;
        return item;
    }

    public String label(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "fi" -> labelFi;
            case "sv" -> labelSv;
            default -> labelEn;
        };
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public int getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelFi() {
        return labelFi;
    }

    public String getLabelSv() {
        return labelSv;
    }
}
