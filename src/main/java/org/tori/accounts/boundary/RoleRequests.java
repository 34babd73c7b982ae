package org.tori.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tori.accounts.control.Tokens;
import org.tori.accounts.entity.Account;
import org.tori.accounts.entity.ColleagueInvitation;
import org.tori.accounts.entity.EmailAddress;
import org.tori.accounts.entity.ProfileChanged;
import org.tori.accounts.entity.Role;
import org.tori.accounts.entity.RoleRequest;
import org.tori.mail.boundary.Mails;
import org.tori.mail.entity.MailRequest;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.i18n.Texts;

/**
 * Who may act as a company or a partner city: requests made when registering, staff's answer
 * (mailed to the person in the same transaction), and partner cities inviting colleagues.
 */
@ApplicationScoped
@Transactional
public class RoleRequests {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Mails mails;

    @Inject
    Event<ProfileChanged> profileChanged;

    @Inject
    @ConfigProperty(name = "tori.base-url")
    String baseUrl;

    /** What an invitation link says, for the register page; empty for a spent, expired or unknown link. */
    public record Invitation(String email, String city, String inviterName) {}

    public enum Invited {
        MAILED,
        GRANTED
    }

    /**
     * Called by registration, in its transaction, for a new account: an open invitation for its
     * address makes it a partner city at once; a claimed company or partner-city role becomes a
     * pending request. Either way the account itself was created as a citizen.
     */
    public void registered(Account account, Role claimed, String organisation, String city, String invitationSecret) {
        var invitation = openInvitation(invitationSecret);
        if (invitation.isPresent()) {
            invitation.get().use(EmailAddress.of(account.getEmail()), now());
            em.persist(RoleRequest.invited(
                    account, invitation.get().getCity(), invitation.get().getInvitedBy(), now()));
        } else if (claimed != Role.CITIZEN) {
            em.persist(new RoleRequest(account, claimed, organisation, city, now()));
        }
    }

    public List<RoleRequestSummary> pending() {
        return em.createNamedQuery(RoleRequest.PENDING, RoleRequest.class)
                .setMaxResults(500)
                .getResultStream()
                .map(RoleRequestSummary::of)
                .toList();
    }

    public long pendingCount() {
        return em.createNamedQuery(RoleRequest.PENDING_COUNT, Long.class).getSingleResult();
    }

    public Optional<RoleRequestSummary> find(long id) {
        return Optional.ofNullable(em.find(RoleRequest.class, id)).map(RoleRequestSummary::of);
    }

    /** The member's most recent request, which their profile shows. */
    public Optional<RoleRequestSummary> latestOf(long accountId) {
        return em.createNamedQuery(RoleRequest.OF_ACCOUNT, RoleRequest.class)
                .setParameter("account", accountId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(RoleRequestSummary::of);
    }

    public List<RoleRequestSummary> allOf(long accountId) {
        return em.createNamedQuery(RoleRequest.OF_ACCOUNT, RoleRequest.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(RoleRequestSummary::of)
                .toList();
    }

    /** For the member's copy of their data: their requests, the ones they decided or vouched for, the invitations they sent. */
    public Map<String, Object> personalDataOf(long accountId) {
        var sent = em.createNamedQuery(ColleagueInvitation.SENT_BY, ColleagueInvitation.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(i -> Map.of(
                        "email",
                        i.getEmail(),
                        "city",
                        i.getCity(),
                        "sentAt",
                        i.getCreatedAt(),
                        "used",
                        i.getUsedAt() != null))
                .toList();
        var decided = em.createNamedQuery(RoleRequest.DECIDED_BY, RoleRequest.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(RoleRequestSummary::of)
                .toList();
        return Map.of("requests", allOf(accountId), "decidedOrVouched", decided, "invitationsSent", sent);
    }

    public RoleRequestSummary approve(long requestId, long staffId, String organisation, String city) {
        var request = decidable(requestId, staffId);
        request.approve(staffId, organisation, city, now());
        answer(request);
        profileChanged.fire(new ProfileChanged(request.getAccount().getId()));
        return RoleRequestSummary.of(request);
    }

    public RoleRequestSummary refuse(long requestId, long staffId, String reason) {
        var request = decidable(requestId, staffId);
        request.refuse(staffId, reason, now());
        answer(request);
        return RoleRequestSummary.of(request);
    }

    /**
     * An approved partner city invites a colleague of its city. Someone who already has an account
     * with that address becomes a partner city of it at once; anyone else gets a link to register.
     */
    public Invited invite(long inviterId, String rawEmail) {
        var inviter = em.find(Account.class, inviterId);
        if (inviter == null) {
            throw new DomainException(Kind.NOT_FOUND, "account.notFound");
        }
        var email = colleagueAddress(rawEmail);
        var secret = Tokens.newSecret();
        var invitation = new ColleagueInvitation(Tokens.hash(secret), email, inviter, now());
        var existing = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
        var model = new HashMap<String, Object>();
        model.put("inviterName", inviter.getDisplayName());
        model.put("city", invitation.getCity());
        if (existing.isPresent()) {
            var colleague = existing.get();
            if (colleague.getRole() != Role.CITIZEN && colleague.getRole() != Role.COMPANY) {
                throw new DomainException(Kind.CONFLICT, "invitation.alreadyPartner", "colleague");
            }
            var pending = em.createNamedQuery(RoleRequest.OF_ACCOUNT, RoleRequest.class)
                    .setParameter("account", colleague.getId())
                    .getResultStream()
                    .filter(r -> r.getState() == RoleRequest.State.PENDING && r.getRequestedRole() == Role.CITY_PARTNER)
                    .findFirst();
            if (pending.isPresent()) {
                // their own request waits no longer: the colleague vouched for them
                pending.get().approveByInvitation(inviterId, invitation.getCity(), now());
            } else {
                em.persist(RoleRequest.invited(colleague, invitation.getCity(), inviterId, now()));
            }
            profileChanged.fire(new ProfileChanged(colleague.getId()));
            model.put("registered", true);
            model.put("link", base() + "/accounts/profile");
            mails.enqueue(new MailRequest(
                    "colleague-invitation",
                    colleague.getEmail(),
                    colleague.getLanguage(),
                    model,
                    "colleague-invitation:" + invitation.getCity() + ":" + colleague.getId()));
            return Invited.GRANTED;
        }
        em.persist(invitation);
        model.put("registered", false);
        model.put("link", base() + "/accounts/register?invitation=" + secret);
        mails.enqueue(new MailRequest(
                "colleague-invitation",
                email.value(),
                inviter.getLanguage(),
                model,
                "colleague-invitation:" + Tokens.hash(secret)));
        return Invited.MAILED;
    }

    public Optional<Invitation> invitation(String secret) {
        return openInvitation(secret)
                .map(i -> new Invitation(
                        i.getEmail(),
                        i.getCity(),
                        Optional.ofNullable(em.find(Account.class, i.getInvitedBy()))
                                .map(Account::getDisplayName)
                                .orElse("")));
    }

    private Optional<ColleagueInvitation> openInvitation(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                        em.find(ColleagueInvitation.class, Tokens.hash(secret), LockModeType.PESSIMISTIC_WRITE))
                .filter(i -> i.isOpen(now()));
    }

    private RoleRequest decidable(long requestId, long staffId) {
        var staff = em.find(Account.class, staffId);
        if (staff == null || !staff.getRole().isStaff()) {
            throw new DomainException(Kind.FORBIDDEN, "role.request.staffOnly");
        }
        var request = em.find(RoleRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new DomainException(Kind.NOT_FOUND, "role.request.notFound");
        }
        return request;
    }

    private void answer(RoleRequest request) {
        var account = request.getAccount();
        var language = account.getLanguage();
        var model = new HashMap<String, Object>();
        model.put("name", account.getDisplayName());
        model.put("accepted", request.getState() == RoleRequest.State.APPROVED);
        model.put(
                "roleName",
                Texts.get(language, "role." + request.getRequestedRole().name()));
        model.put("organisation", request.getOrganisation() == null ? "" : request.getOrganisation());
        model.put("city", request.getCity() == null ? "" : request.getCity());
        model.put("reason", request.getReason() == null ? "" : request.getReason());
        model.put("link", base() + "/accounts/profile");
        mails.enqueue(
                new MailRequest("role-answer", account.getEmail(), language, model, "role-answer:" + request.getId()));
    }

    private static EmailAddress colleagueAddress(String raw) {
        try {
            return EmailAddress.of(raw);
        } catch (DomainException malformed) {
            throw new DomainException(Kind.INVALID, "account.email.invalid", "colleague");
        }
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
