package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.entity.Role;
import org.tori.ecosystem.control.StakeholderMap;
import org.tori.ecosystem.entity.Affiliation;
import org.tori.ecosystem.entity.Organisation;
import org.tori.ecosystem.entity.OrganisationChanged;
import org.tori.ecosystem.entity.PartnerLevel;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.boundary.PublicParticipation;

/** The use cases of organisations, one transaction each: create, request, decide, letters of intent, listing. */
@ApplicationScoped
@Transactional
public class Organisations {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    PublicParticipation participation;

    @Inject
    Event<OrganisationChanged> changed;

    @Inject
    OrganisationAnswers answers;

    @Inject
    OrganisationTrails trails;

    public long create(OrganisationForm form, Reader reader) {
        staffOnly(reader);
        var o = Organisation.byStaff(form.details(), now());
        em.persist(o);
        em.flush();
        changed.fire(new OrganisationChanged(o.getId()));
        return o.getId();
    }

    /** A company account asks for its organisation's page; staff see it in their queue. */
    public long request(OrganisationForm form, long accountId) {
        var account = accounts.find(accountId)
                .orElseThrow(() -> new DomainException(Kind.UNAUTHORIZED, "organisation.request.company"));
        if (account.role() != Role.COMPANY) {
            throw new DomainException(Kind.FORBIDDEN, "organisation.request.company");
        }
        var o = Organisation.requested(form.details(), accountId, now());
        em.persist(o);
        em.flush();
        return o.getId();
    }

    public void edit(long id, OrganisationForm form, Reader reader) {
        staffOnly(reader);
        find(id).describe(form.details());
        changed.fire(new OrganisationChanged(id));
    }

    public void approve(long id, Reader reader) {
        staffOnly(reader);
        var o = find(id);
        o.approve();
        answers.mail(o);
        changed.fire(new OrganisationChanged(id));
    }

    public void refuse(long id, String reason, Reader reader) {
        staffOnly(reader);
        var o = find(id);
        o.refuse(reason);
        answers.mail(o);
    }

    public void recordLetterOfIntent(long id, LocalDate signedOn, PartnerLevel level, String areas, Reader reader) {
        staffOnly(reader);
        find(id).recordLetterOfIntent(signedOn, level, areas, ProgramTime.today(clock));
        changed.fire(new OrganisationChanged(id));
    }

    /** The member's own choice to be listed on the page (or not), on an organisation they belong to. */
    public void listMember(long id, long accountId, boolean listed) {
        var o = find(id);
        if (listed) {
            o.list(affiliation(accountId, false));
        } else {
            o.unlist(accountId);
        }
    }

    /** Staff confirm that a member belongs to the organisation, who chose to be listed on its page. */
    public void listConfirmed(long id, long accountId, Reader reader) {
        staffOnly(reader);
        find(id).list(affiliation(accountId, true));
    }

    private Affiliation affiliation(long accountId, boolean staffConfirmed) {
        var account = accounts.find(accountId)
                .filter(a -> a.verified())
                .orElseThrow(() -> new DomainException(Kind.FORBIDDEN, "organisation.list.notAffiliated"));
        return new Affiliation(
                accountId,
                account.email(),
                account.role() == Role.COMPANY ? account.organisation() : null,
                staffConfirmed);
    }

    public OrganisationForm form(long id) {
        var o = find(id);
        var f = new OrganisationForm();
        f.setKind(o.getKind());
        f.setName(o.getName());
        f.setDescription(o.getDescription());
        f.setLanguage(o.getLanguage());
        f.translate(o.getTranslations());
        f.setCity(o.getCity());
        f.setWebsite(o.getWebsite());
        f.setContactRole(o.getContactRole());
        f.setThemes(o.getThemes().stream().map(Enum::name).toList());
        f.setValueStreams(o.getValueStreams().stream().map(Enum::name).toList());
        return f;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationCard> directory(DirectoryFilter filter) {
        return em.createNamedQuery(Organisation.APPROVED, Organisation.class).getResultList().stream()
                .map(OrganisationCard::of)
                .filter(filter::matches)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> cities() {
        return directory(DirectoryFilter.NONE).stream()
                .map(OrganisationCard::city)
                .filter(c -> c != null)
                .distinct()
                .sorted()
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationCard> pending() {
        return em.createNamedQuery(Organisation.REQUESTED, Organisation.class).getResultList().stream()
                .map(OrganisationCard::of)
                .toList();
    }

    /** The organisations this account asked for, newest first, with how staff decided. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationPage> requestsOf(long accountId) {
        return em
                .createNamedQuery(Organisation.OF_REQUESTER, Organisation.class)
                .setParameter("account", accountId)
                .getResultList()
                .stream()
                .map(o -> new OrganisationPage(
                        OrganisationCard.of(o),
                        o.getStatus(),
                        o.getRefusal(),
                        List.of(),
                        List.of(),
                        List.of(),
                        false,
                        OrganisationPage.Trail.EMPTY))
                .toList();
    }

    /**
     * The page of an approved organisation; a requested or refused one only for staff and its requester.
     * Listed members appear only while they keep a public profile.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationPage> page(long id, Reader reader) {
        var o = em.find(Organisation.class, id);
        if (o == null
                || !(o.isPublic()
                        || reader.staff()
                        || (reader.accountId() != null && reader.accountId().equals(o.getRequestedBy())))) {
            return Optional.empty();
        }
        var members = o.getMembers().stream()
                .map(accounts::publicProfile)
                .flatMap(Optional::stream)
                .map(p -> new OrganisationPage.MemberLink(p.id(), p.name()))
                .toList();
        var joined = participation.joinedBy(
                members.stream().map(OrganisationPage.MemberLink::id).toList());
        return Optional.of(new OrganisationPage(
                OrganisationCard.of(o),
                o.getStatus(),
                o.getRefusal(),
                members,
                participation.organisedBy(o.getName()),
                joined,
                reader.accountId() != null && o.getMembers().contains(reader.accountId()),
                trails.of(
                        o.getName(),
                        members.stream().map(OrganisationPage.MemberLink::id).toList())));
    }

    /** The approved organisations a member chose to be listed in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationCard> listing(long accountId) {
        return em
                .createNamedQuery(Organisation.LISTING, Organisation.class)
                .setParameter("account", accountId)
                .getResultList()
                .stream()
                .map(OrganisationCard::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StakeholderMap.Node> mapNodes() {
        return directory(DirectoryFilter.NONE).stream()
                .map(c -> new StakeholderMap.Node(c.id(), c.name(), c.kind(), Set.copyOf(c.themes())))
                .toList();
    }

    private Organisation find(long id) {
        var o = em.find(Organisation.class, id);
        if (o == null) {
            throw new DomainException(Kind.NOT_FOUND, "organisation.notFound");
        }
        return o;
    }

    private static void staffOnly(Reader reader) {
        if (!reader.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "organisation.staffOnly");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Every organisation's id, oldest first (the search index rebuilds from it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> ids() {
        return em.createQuery("SELECT o.id FROM Organisation o ORDER BY o.id", Long.class)
                .getResultList();
    }
}
