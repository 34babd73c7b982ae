package org.tori.accounts.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tori.accounts.entity.Role;

/** What a person fills in to join, from the register page or the API. */
public class Registration {

    @NotBlank(message = "{tori.required}")
    @Size(max = 120, message = "{tori.size.max}")
    private String name;

    @NotBlank(message = "{tori.required}")
    @Email(message = "{tori.email}")
    @Size(max = 254, message = "{tori.size.max}")
    private String email;

    @NotBlank(message = "{tori.required}")
    @Size(min = 10, max = 128, message = "{tori.password.size}")
    private String password;

    @NotNull(message = "{tori.required}")
    private Role role = Role.CITIZEN;

    @Size(max = 160, message = "{tori.size.max}")
    private String organisation;

    @Size(max = 120, message = "{tori.size.max}")
    private String city;

    @Size(max = 8, message = "{tori.size.max}")
    private String language;

    /** The secret of a colleague's invitation link, when the person came through one. */
    @Size(max = 100, message = "{tori.size.max}")
    private String invitation;

    public String getInvitation() {
        return invitation;
    }

    public void setInvitation(String invitation) {
        this.invitation = invitation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
