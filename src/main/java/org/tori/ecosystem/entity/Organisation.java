package org.tori.ecosystem.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * An organisation of the ecosystem. Staff create it approved; a company requests it and staff approve
 * or refuse. Only an approved organisation is public and may record a letter of intent; a member is
 * listed on its page only by their own choice.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(
        name = Organisation.APPROVED,
        query = "SELECT o FROM Organisation o WHERE o.status = org.tori.ecosystem.entity.OrganisationStatus.APPROVED"
                + " ORDER BY o.name")
@NamedQuery(
        name = Organisation.REQUESTED,
        query = "SELECT o FROM Organisation o WHERE o.status = org.tori.ecosystem.entity.OrganisationStatus.REQUESTED"
                + " ORDER BY o.createdAt")
@NamedQuery(
        name = Organisation.OF_REQUESTER,
        query = "SELECT o FROM Organisation o WHERE o.requestedBy = :account ORDER BY o.createdAt DESC")
@NamedQuery(
        name = Organisation.LISTING,
        query = "SELECT o FROM Organisation o JOIN o.members m WHERE m = :account"
                + " AND o.status = org.tori.ecosystem.entity.OrganisationStatus.APPROVED ORDER BY o.name")
public class Organisation {

    public static final String APPROVED = "Organisation.approved";
    public static final String REQUESTED = "Organisation.requested";
    public static final String OF_REQUESTER = "Organisation.ofRequester";
    public static final String LISTING = "Organisation.listing";
    private static final Set<String> LANGUAGES = Set.of("fi", "en", "sv");

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String name;
    private String description;
    private String language;
    private String city;
    private String website;

    @Column(name = "contact_role")
    private String contactRole;

    @Enumerated(EnumType.STRING)
    private OrganisationStatus status;

    @Column(name = "requested_by")
    private Long requestedBy;

    private String refusal;

    @Embedded
    private Partnership partnership;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "row_version")
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_theme", joinColumns = @JoinColumn(name = "organisation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_stream", joinColumns = @JoinColumn(name = "organisation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "value_stream")
    private Set<ValueStream> valueStreams = EnumSet.noneOf(ValueStream.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_member", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "account_id")
    private Set<Long> members = new TreeSet<>();

    /** The description in the programme's other languages, by language; the main text is {@code description}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_text", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "description")
    private Map<String, String> translations = new TreeMap<>();

    protected Organisation() {}

    private Organisation(OrganisationDetails details, OrganisationStatus status, Long requestedBy, OffsetDateTime now) {
        describe(details);
        this.status = status;
        this.requestedBy = requestedBy;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Staff record an organisation: public at once. */
    public static Organisation byStaff(OrganisationDetails details, OffsetDateTime now) {
        return new Organisation(details, OrganisationStatus.APPROVED, null, now);
    }

    /** A company asks for its organisation's page; the requester is listed on it once approved. */
    public static Organisation requested(OrganisationDetails details, long requester, OffsetDateTime now) {
        var o = new Organisation(details, OrganisationStatus.REQUESTED, requester, now);
        o.members.add(requester);
        return o;
    }

    public void describe(OrganisationDetails d) {
        Objects.requireNonNull(d);
        if (d.kind() == null) {
            throw new DomainException(Kind.INVALID, "organisation.kind.required", "kind");
        }
        this.kind = d.kind();
        this.name = FormText.required(d.name(), 160, "name");
        this.description = FormText.clean(d.description(), 4000, "description");
        this.language = d.language() != null && LANGUAGES.contains(d.language()) ? d.language() : "en";
        var texts = new TreeMap<String, String>();
        if (d.translations() != null) {
            for (var language : LANGUAGES) {
                var text = FormText.clean(
                        d.translations().get(language),
                        4000,
                        "description" + Character.toUpperCase(language.charAt(0)) + language.substring(1));
                if (text != null && !language.equals(this.language)) {
                    texts.put(language, text);
                }
            }
        }
        this.translations.clear();
        this.translations.putAll(texts);
        this.city = FormText.clean(d.city(), 120, "city");
        var site = FormText.clean(d.website(), 300, "website");
        if (site != null && !site.matches("https?://[^\\s<>\"]+\\.[^\\s<>\"]+")) {
            throw new DomainException(Kind.INVALID, "organisation.website.invalid", "website");
        }
        this.website = site;
        this.contactRole = FormText.clean(d.contactRole(), 160, "contactRole");
        this.themes =
                d.themes() == null || d.themes().isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(d.themes());
        this.valueStreams = d.valueStreams() == null || d.valueStreams().isEmpty()
                ? EnumSet.noneOf(ValueStream.class)
                : EnumSet.copyOf(d.valueStreams());
    }

    public void approve() {
        if (status != OrganisationStatus.REQUESTED) {
            throw new DomainException(Kind.CONFLICT, "organisation.decided");
        }
        status = OrganisationStatus.APPROVED;
        refusal = null;
    }

    public void refuse(String reason) {
        if (status != OrganisationStatus.REQUESTED) {
            throw new DomainException(Kind.CONFLICT, "organisation.decided");
        }
        refusal = FormText.required(reason, 1000, "reason");
        status = OrganisationStatus.REFUSED;
    }

    /** Only a partner the programme has approved signs a letter of intent with it. */
    public void recordLetterOfIntent(LocalDate signedOn, PartnerLevel level, String areas, LocalDate today) {
        if (status != OrganisationStatus.APPROVED) {
            throw new DomainException(Kind.CONFLICT, "organisation.loi.notApproved");
        }
        partnership = Partnership.letterOfIntent(signedOn, level, areas, today);
    }

    /**
     * A member chooses to be listed on the page (a member's own choice, never staff's), but only on an
     * organisation they belong to: see {@link #belongs(Affiliation)}.
     */
    public void list(Affiliation who) {
        Objects.requireNonNull(who);
        if (status != OrganisationStatus.APPROVED) {
            throw new DomainException(Kind.CONFLICT, "organisation.list.notApproved");
        }
        if (!belongs(who)) {
            throw new DomainException(Kind.FORBIDDEN, "organisation.list.notAffiliated");
        }
        members.add(who.accountId());
    }

    /** Whether the member belongs here as far as the programme can tell: see {@link Affiliation#belongsTo}. */
    public boolean belongs(Affiliation who) {
        return who.belongsTo(name, website, requestedBy);
    }

    public void unlist(long accountId) {
        members.remove(accountId);
    }

    public boolean isPublic() {
        return status == OrganisationStatus.APPROVED;
    }

    public boolean hasLetterOfIntent() {
        return partnership != null && partnership.hasLetterOfIntent();
    }

    public Long getId() {
        return id;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getLanguage() {
        return language;
    }

    /** The description in the programme's other languages (the main one is {@link #getDescription()}). */
    public Map<String, String> getTranslations() {
        return Map.copyOf(translations);
    }

    public String getCity() {
        return city;
    }

    public String getWebsite() {
        return website;
    }

    public String getContactRole() {
        return contactRole;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public String getRefusal() {
        return refusal;
    }

    /** The partnership, or null before a letter of intent. */
    public Partnership getPartnership() {
        return hasLetterOfIntent() ? partnership : null;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Set<Theme> getThemes() {
        return themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes);
    }

    public Set<ValueStream> getValueStreams() {
        return valueStreams.isEmpty() ? Set.of() : EnumSet.copyOf(valueStreams);
    }

    public List<Long> getMembers() {
        return List.copyOf(members);
    }
}
