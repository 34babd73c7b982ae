package org.tori.accounts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tori.accounts.entity.Account;

/** The editable part of a profile, as the profile page shows it. */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{tori.required}")
    @Size(max = 120, message = "{tori.size.max}")
    private String name;

    @Size(max = 2000, message = "{tori.size.max}")
    private String bio;

    private List<String> skills = new ArrayList<>();
    private List<String> interests = new ArrayList<>();
    private boolean searchable;
    private String language;

    public static ProfileForm of(Account account) {
        var form = new ProfileForm();
        form.name = account.getDisplayName();
        form.bio = account.getBio();
        form.skills = new ArrayList<>(account.getSkills());
        form.interests = new ArrayList<>(account.getInterests());
        form.searchable = account.isSearchable();
        form.language = account.getLanguage().getLanguage();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills == null ? new ArrayList<>() : new ArrayList<>(skills);
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(List<String> interests) {
        this.interests = interests == null ? new ArrayList<>() : new ArrayList<>(interests);
    }

    public boolean isSearchable() {
        return searchable;
    }

    public void setSearchable(boolean searchable) {
        this.searchable = searchable;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
