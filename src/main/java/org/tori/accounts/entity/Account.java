package org.tori.accounts.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A member of Tori. Holds the rules of verification, log-in throttling and the public profile. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    /** Failed log-ins in a row after which the account pauses log-ins (see {@link FailedLogins}). */
    public static final int MAX_FAILED_LOGINS = FailedLogins.MAX;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String organisation;
    private String city;
    private String language;
    private String bio;
    private boolean searchable;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Embedded
    private FailedLogins failedLogins = new FailedLogins();

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_skill", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "tag")
    @OrderBy
    private Set<String> skills = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_interest", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "tag")
    @OrderBy
    private Set<String> interests = new TreeSet<>();

    protected Account() {}

    public Account(
            EmailAddress email,
            String displayName,
            Role role,
            String organisation,
            String city,
            Locale language,
            String passwordHash,
            OffsetDateTime now) {
        this.email = Objects.requireNonNull(email).value();
        this.displayName = required(displayName, "name");
        this.role = Objects.requireNonNull(role);
        this.organisation = blankToNull(organisation);
        this.city = blankToNull(city);
        if (role == Role.COMPANY && this.organisation == null) {
            throw new DomainException(Kind.INVALID, "account.organisation.required", "organisation");
        }
        if (role == Role.CITY_PARTNER && this.city == null) {
            throw new DomainException(Kind.INVALID, "account.city.required", "city");
        }
        this.language = Objects.requireNonNull(language).getLanguage();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(now);
    }

    public void verify(OffsetDateTime now) {
        if (verifiedAt == null) {
            verifiedAt = Objects.requireNonNull(now);
        }
    }

    /**
     * Gives the account the role a request asked for, once staff approved it (or a partner city
     * invited the person); never changes staff.
     */
    void grant(Role granted, String organisation, String city) {
        if (role.isStaff()) {
            throw new DomainException(Kind.CONFLICT, "role.request.staff");
        }
        this.role = Objects.requireNonNull(granted);
        this.organisation = blankToNull(organisation);
        this.city = blankToNull(city);
    }

    /**
     * Makes a verified account programme staff: how the first staff member of a deployment comes
     * to be (the operator, with the deployment's token); staff appoint no one.
     */
    public void appointStaff() {
        if (verifiedAt == null) {
            throw new DomainException(Kind.CONFLICT, "account.staff.unverified");
        }
        this.role = Role.STAFF;
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    /** Whether a log-in may even be tried now; a throttled account does not look at the password. */
    public boolean isThrottled(OffsetDateTime now) {
        return failedLogins.isThrottled(now);
    }

    public void loginFailed(OffsetDateTime now) {
        failedLogins.failed(now);
    }

    public void loginSucceeded() {
        failedLogins.reset();
    }

    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
        // whoever proved to own the mailbox may try again at once
        loginSucceeded();
    }

    /**
     * The member's right to be forgotten: every personal field goes, the password stops working and
     * the row stays under {@code formerName}, so that what the member posted keeps an author.
     */
    public void erase(String formerName, String unusableHash, OffsetDateTime now) {
        if (erasedAt != null) {
            return;
        }
        email = "erased-" + id + "@erased.invalid";
        displayName = required(formerName, "name");
        passwordHash = Objects.requireNonNull(unusableHash);
        organisation = null;
        city = null;
        bio = null;
        skills.clear();
        interests.clear();
        searchable = false;
        verifiedAt = null; // nothing is mailed to it any more
        failedLogins.reset();
        erasedAt = Objects.requireNonNull(now);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public void updateProfile(
            String displayName,
            String bio,
            Collection<String> skills,
            Collection<String> interests,
            boolean searchable,
            Locale language) {
        this.displayName = required(displayName, "name");
        this.bio = blankToNull(bio);
        this.skills.clear();
        this.skills.addAll(Tags.normalise(skills, "skills"));
        this.interests.clear();
        this.interests.addAll(Tags.normalise(interests, "interests"));
        this.searchable = searchable;
        this.language = Objects.requireNonNull(language).getLanguage();
    }

    /** What others may see; nothing before it is stored, or when the member has not opted in or not verified. */
    public Optional<PublicProfile> publicProfile() {
        if (id == null || !searchable || !isVerified()) {
            return Optional.empty();
        }
        return Optional.of(new PublicProfile(
                id, displayName, role, organisation, city, bio, List.copyOf(skills), List.copyOf(interests)));
    }

    private static String required(String value, String field) {
        var clean = blankToNull(value);
        if (clean == null) {
            throw new DomainException(Kind.INVALID, "account." + field + ".required", field);
        }
        return clean;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getCity() {
        return city;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public String getBio() {
        return bio;
    }

    public boolean isSearchable() {
        return searchable;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getVerifiedAt() {
        return verifiedAt;
    }

    public OffsetDateTime getLockedUntil() {
        return failedLogins.lockedUntil();
    }

    public List<String> getSkills() {
        return List.copyOf(skills);
    }

    public List<String> getInterests() {
        return List.copyOf(interests);
    }
}
