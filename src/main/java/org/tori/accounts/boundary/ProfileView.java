package org.tori.accounts.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.tori.accounts.entity.Role;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Languages;
import org.tori.platform.i18n.Texts;

/** The member's own profile: who they are, and the skills and interests Tori matches them by. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentMember member;

    @Inject
    RoleRequests roleRequests;

    private AccountSummary account;
    private ProfileForm form;
    private RoleRequestSummary roleRequest;
    private String colleague;

    public void load() {
        if (account == null) {
            var id = member.id().orElseThrow();
            account = accounts.find(id).orElseThrow();
            form = accounts.profileForm(id);
            roleRequest = roleRequests.latestOf(id).orElse(null);
        }
    }

    /** An approved partner city invites a colleague of the same city by e-mail. */
    public void invite() {
        var outcome = roleRequests.invite(account.id(), colleague);
        var faces = FacesContext.getCurrentInstance();
        var text = Texts.get(
                faces.getViewRoot().getLocale(),
                outcome == RoleRequests.Invited.GRANTED ? "invite.granted" : "invite.mailed",
                colleague.strip());
        faces.addMessage("colleague", new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        colleague = null;
    }

    public boolean isCanInvite() {
        return account.role() == Role.CITY_PARTNER && account.city() != null;
    }

    public RoleRequestSummary getRoleRequest() {
        return roleRequest;
    }

    public String getColleague() {
        return colleague;
    }

    public void setColleague(String colleague) {
        this.colleague = colleague;
    }

    /**
     * Saves the profile with the skills and interests typed into the add fields. A refused save
     * leaves the chips as they were and the typed text in its field, next to the reason.
     */
    public void save() {
        var skills = form.getSkills();
        var interests = form.getInterests();
        form.setSkills(Chips.with(skills, newSkills));
        form.setInterests(Chips.with(interests, newInterests));
        try {
            accounts.updateProfile(account.id(), form);
        } catch (RuntimeException refused) {
            form.setSkills(skills);
            form.setInterests(interests);
            throw refused;
        }
        account = accounts.find(account.id()).orElseThrow();
        form = accounts.profileForm(account.id());
        newSkills = null;
        newInterests = null;
        info("profile.saved");
    }

    /** The × of a skill chip: the chip goes from the form; saving keeps the change. */
    public void removeSkill(String skill) {
        form.setSkills(Chips.without(form.getSkills(), skill));
        info("profile.skills.removed", skill);
    }

    public void removeInterest(String interest) {
        form.setInterests(Chips.without(form.getInterests(), interest));
        info("profile.interests.removed", interest);
    }

    private static void info(String key, Object... args) {
        var faces = FacesContext.getCurrentInstance();
        var text = Texts.get(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private String newSkills;
    private String newInterests;

    public String getNewSkills() {
        return newSkills;
    }

    public void setNewSkills(String newSkills) {
        this.newSkills = newSkills;
    }

    public String getNewInterests() {
        return newInterests;
    }

    public void setNewInterests(String newInterests) {
        this.newInterests = newInterests;
    }

    private String erasePassword;

    /**
     * Erases the account and ends the session; the visitor lands on a page that says the account is
     * gone. A wrong password is shown next to the erase form's own field, not the profile form's.
     */
    public String erase() {
        try {
            accounts.erase(account.id(), erasePassword);
        } catch (DomainException refused) {
            throw "password".equals(refused.field())
                    ? new DomainException(refused.kind(), refused.key(), "erase-password")
                    : refused;
        }
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return "/accounts/erased?faces-redirect=true";
    }

    public String getErasePassword() {
        return erasePassword;
    }

    public void setErasePassword(String erasePassword) {
        this.erasePassword = erasePassword;
    }

    public AccountSummary getAccount() {
        return account;
    }

    public ProfileForm getForm() {
        return form;
    }

    public List<Locale> getLanguages() {
        return Languages.SUPPORTED;
    }
}
