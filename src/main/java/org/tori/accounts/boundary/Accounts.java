package org.tori.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.accounts.control.PasswordHashing;
import org.tori.accounts.control.Tokens;
import org.tori.accounts.control.UnknownAddresses;
import org.tori.accounts.entity.Account;
import org.tori.accounts.entity.AccountErased;
import org.tori.accounts.entity.AccountToken;
import org.tori.accounts.entity.AccountToken.Purpose;
import org.tori.accounts.entity.EmailAddress;
import org.tori.accounts.entity.LoginOutcome;
import org.tori.accounts.entity.LoginOutcome.Result;
import org.tori.accounts.entity.ProfileChanged;
import org.tori.accounts.entity.PublicProfile;
import org.tori.accounts.entity.Role;
import org.tori.mail.boundary.Mails;
import org.tori.mail.entity.MailRequest;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.i18n.Languages;
import org.tori.platform.i18n.Texts;
import org.tori.platform.persistence.PersonalRows;

/** The use cases of accounts, one transaction each. Mails are queued in the same transaction. */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing passwords;

    @Inject
    Mails mails;

    @Inject
    UnknownAddresses unknownAddresses;

    @Inject
    RoleRequests roleRequests;

    @Inject
    Event<ProfileChanged> profileChanged;

    @Inject
    Event<AccountErased> accountErased;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    String baseUrl;

    public AccountSummary register(@Valid @NotNull Registration form, Locale pageLanguage) {
        if (form.getRole() == null || !form.getRole().selfService()) {
            throw new DomainException(Kind.INVALID, "account.role.invalid", "role");
        }
        var email = EmailAddress.of(form.getEmail());
        if (byEmail(email).isPresent()) {
            throw new DomainException(Kind.CONFLICT, "account.email.taken", "email");
        }
        var language = Languages.supported(form.getLanguage()).orElse(pageLanguage);
        // a company or partner city is a citizen until staff approve its request (or a colleague invited it)
        var account = new Account(
                email,
                form.getName(),
                Role.CITIZEN,
                form.getOrganisation(),
                form.getCity(),
                language,
                passwords.hash(form.getPassword()),
                now());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException sameAddressAtTheSameMoment) {
            throw new DomainException(Kind.CONFLICT, "account.email.taken", "email");
        }
        roleRequests.registered(account, form.getRole(), form.getOrganisation(), form.getCity(), form.getInvitation());
        sendLink(account, Purpose.VERIFY_EMAIL, "verify-email", "/accounts/verify");
        return AccountSummary.of(account);
    }

    /** Creates a verified account without mail: demo content and, later, staff invitations. */
    public AccountSummary createVerified(Registration form, Role role) {
        var account = new Account(
                EmailAddress.of(form.getEmail()),
                form.getName(),
                role,
                form.getOrganisation(),
                form.getCity(),
                Languages.supported(form.getLanguage()).orElse(Languages.FALLBACK),
                passwords.hash(form.getPassword()),
                now());
        account.verify(now());
        em.persist(account);
        em.flush();
        return AccountSummary.of(account);
    }

    public AccountSummary verifyEmail(String secret) {
        var account = spend(secret, Purpose.VERIFY_EMAIL);
        account.verify(now());
        profileChanged.fire(new ProfileChanged(account.getId()));
        return AccountSummary.of(account);
    }

    /**
     * Checks a log-in. Every outcome commits, so that failures count even though the log-in is
     * refused; a throttled account is refused without looking at the password.
     */
    public LoginOutcome checkLogin(String rawEmail, String password) {
        Optional<Account> found;
        try {
            found = byEmail(EmailAddress.of(rawEmail))
                    .map(a -> em.find(Account.class, a.getId(), LockModeType.PESSIMISTIC_WRITE));
        } catch (DomainException malformedEmail) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            passwords.spendTimeOnUnknownAccount(password == null ? "" : password);
            var lockedUntil = unknownAddresses.failed(rawEmail, now());
            return lockedUntil == null
                    ? LoginOutcome.refused(Result.WRONG_CREDENTIALS, null)
                    : LoginOutcome.refused(Result.THROTTLED, lockedUntil);
        }
        var account = found.get();
        if (account.isThrottled(now())) {
            return LoginOutcome.refused(Result.THROTTLED, account.getLockedUntil());
        }
        if (password == null || !passwords.matches(password, account.getPasswordHash())) {
            account.loginFailed(now());
            return account.isThrottled(now())
                    ? LoginOutcome.refused(Result.THROTTLED, account.getLockedUntil())
                    : LoginOutcome.refused(Result.WRONG_CREDENTIALS, null);
        }
        if (!account.isVerified()) {
            return LoginOutcome.refused(Result.NOT_VERIFIED, null);
        }
        account.loginSucceeded();
        return LoginOutcome.success(account.getId(), account.getRole());
    }

    /** Sends a reset link if the address belongs to someone; says nothing either way. */
    public void requestPasswordReset(String rawEmail) {
        try {
            byEmail(EmailAddress.of(rawEmail))
                    .ifPresent(
                            account -> sendLink(account, Purpose.RESET_PASSWORD, "reset-password", "/accounts/reset"));
        } catch (DomainException malformedEmail) {
            // the same silence as for an unknown address
        }
    }

    public void resetPassword(String secret, String newPassword) {
        if (newPassword == null || newPassword.length() < 10 || newPassword.length() > 128) {
            throw new DomainException(Kind.INVALID, "account.password.size", "password");
        }
        var account = spend(secret, Purpose.RESET_PASSWORD);
        account.changePassword(passwords.hash(newPassword));
        // the link came through the mailbox, which proves the address too
        account.verify(now());
    }

    public Optional<AccountSummary> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id)).map(AccountSummary::of);
    }

    /**
     * The accounts of these ids that exist, read together: three queries for a fan-out's whole
     * batch instead of three for each member (an account brings its skills and interests).
     */
    public Map<Long, AccountSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.skills")
                .setHint("eclipselink.batch", "a.interests")
                .getResultStream()
                .collect(Collectors.toMap(Account::getId, AccountSummary::of));
    }

    public ProfileForm profileForm(long id) {
        return ProfileForm.of(existing(id));
    }

    public void updateProfile(long id, @Valid @NotNull ProfileForm form) {
        var account = existing(id);
        var language = Languages.supported(form.getLanguage()).orElse(account.getLanguage());
        account.updateProfile(
                form.getName(), form.getBio(), form.getSkills(), form.getInterests(), form.isSearchable(), language);
        profileChanged.fire(new ProfileChanged(id));
    }

    /** The member's own record, whole, for the copy of their data. */
    public ProfileData.Profile profileOf(long id) {
        var a = existing(id);
        return new ProfileData.Profile(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                a.getRole().name(),
                a.getOrganisation(),
                a.getCity(),
                a.getLanguage().getLanguage(),
                a.getBio(),
                a.getSkills(),
                a.getInterests(),
                a.isSearchable(),
                a.getCreatedAt(),
                a.getVerifiedAt(),
                a.getLockedUntil(),
                PersonalRows.of(
                        em,
                        "SELECT purpose, expires_at, used_at FROM account_token WHERE account_id = ?1 ORDER BY expires_at",
                        id,
                        "purpose",
                        "expiresAt",
                        "usedAt"));
    }

    /** Erases the member's personal data once they confirm with their password; what they posted stays. */
    public void erase(long id, String password) {
        var account = em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.isErased()) {
            throw new DomainException(Kind.NOT_FOUND, "account.notFound");
        }
        if (password == null || password.length() > 128 || !passwords.matches(password, account.getPasswordHash())) {
            throw new DomainException(Kind.FORBIDDEN, "account.erase.password", "password");
        }
        var formerEmail = account.getEmail();
        account.erase(Texts.get(Languages.FALLBACK, "account.former"), passwords.hash(Tokens.newSecret()), now());
        mails.forget(formerEmail);
        accountErased.fire(new AccountErased(id, formerEmail));
        profileChanged.fire(new ProfileChanged(id));
    }

    public Optional<PublicProfile> publicProfile(long id) {
        return Optional.ofNullable(em.find(Account.class, id)).flatMap(Account::publicProfile);
    }

    /** Skills of a member, for matching inside a space (not shown to others unless the profile is public). */
    public List<String> skillsOf(long id) {
        return Optional.ofNullable(em.find(Account.class, id))
                .map(Account::getSkills)
                .orElse(List.of());
    }

    public Optional<Long> idOf(String rawEmail) {
        return byEmail(EmailAddress.of(rawEmail)).map(Account::getId);
    }

    /** The operator makes the verified account of this address programme staff (it signs in again to act as such). */
    public AccountSummary appointStaff(String rawEmail) {
        var account = byEmail(EmailAddress.of(rawEmail))
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "account.notFound"));
        account.appointStaff();
        profileChanged.fire(new ProfileChanged(account.getId()));
        return AccountSummary.of(account);
    }

    public boolean exists(String rawEmail) {
        return byEmail(EmailAddress.of(rawEmail)).isPresent();
    }

    private void sendLink(Account account, Purpose purpose, String template, String path) {
        var secret = Tokens.newSecret();
        var hash = Tokens.hash(secret);
        em.persist(new AccountToken(hash, account, purpose, now()));
        var link = baseUrl.replaceAll("/+$", "") + path + "?token=" + secret;
        mails.enqueue(new MailRequest(
                template,
                account.getEmail(),
                account.getLanguage(),
                Map.of("name", account.getDisplayName(), "link", link),
                template + ":" + hash));
    }

    private Account spend(String secret, Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new DomainException(Kind.INVALID, "account.token.invalid");
        }
        var token = em.find(AccountToken.class, Tokens.hash(secret), LockModeType.PESSIMISTIC_WRITE);
        if (token == null) {
            throw new DomainException(Kind.INVALID, "account.token.invalid");
        }
        return token.use(purpose, now());
    }

    private Account existing(long id) {
        var account = em.find(Account.class, id);
        if (account == null) {
            throw new DomainException(Kind.NOT_FOUND, "account.notFound");
        }
        return account;
    }

    private Optional<Account> byEmail(EmailAddress email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /**
     * Verified members whose name or e-mail contains the text (case-blind), for staff who choose
     * jurors; at most {@code max}, by name.
     */
    public List<AccountSummary> search(String text, int max) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        var like = "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return em.createQuery(
                        "SELECT a FROM Account a WHERE a.verifiedAt IS NOT NULL AND a.erasedAt IS NULL"
                                + " AND (LOWER(a.displayName) LIKE :text ESCAPE '\\' OR LOWER(a.email) LIKE :text ESCAPE '\\') ORDER BY a.displayName, a.id",
                        Account.class)
                .setParameter("text", like)
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultStream()
                .map(AccountSummary::of)
                .toList();
    }

    /** Every account's id, oldest first (the profile index rebuilds from it; private profiles are left out there). */
    /** The accounts whose members chose to be found: only these may have a public profile. */
    public List<Long> searchableIds() {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.searchable = TRUE ORDER BY a.id", Long.class)
                .getResultList();
    }
}
