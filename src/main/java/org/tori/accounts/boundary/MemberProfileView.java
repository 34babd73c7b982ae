package org.tori.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.accounts.entity.PublicProfile;
import org.tori.platform.faces.Page;

/**
 * A member's public page, where a person found in search leads. It exists only for members who chose
 * to be found and shows only what they chose to show (never the e-mail); anyone else is a 404.
 */
@Named
@RequestScoped
public class MemberProfileView {

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private PublicProfile profile;

    public void load() throws IOException {
        profile = accounts.publicProfile(Page.id("id")).orElse(null);
        if (profile == null) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public PublicProfile getProfile() {
        return profile;
    }
}
