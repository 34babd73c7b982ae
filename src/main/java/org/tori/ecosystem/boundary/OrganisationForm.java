package org.tori.ecosystem.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tori.ecosystem.entity.OrganisationDetails;
import org.tori.ecosystem.entity.OrganisationKind;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The fields of the organisation form, as typed; kept in view state so a refusal loses nothing. */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private OrganisationKind kind;
    private String name;
    private String description;
    private String language = "en";
    private String descriptionFi;
    private String descriptionEn;
    private String descriptionSv;
    private String city;
    private String website;
    private String contactRole;
    private List<String> themes = new ArrayList<>();
    private List<String> valueStreams = new ArrayList<>();

    OrganisationDetails details() {
        var t = EnumSet.noneOf(Theme.class);
        themes.forEach(v -> t.add(Theme.valueOf(v)));
        var s = EnumSet.noneOf(ValueStream.class);
        valueStreams.forEach(v -> s.add(ValueStream.valueOf(v)));
        var translations = new HashMap<String, String>();
        translations.put("fi", descriptionFi);
        translations.put("en", descriptionEn);
        translations.put("sv", descriptionSv);
        return new OrganisationDetails(
                kind, name, description, language, city, website, contactRole, t, s, translations);
    }

    void translate(Map<String, String> translations) {
        descriptionFi = translations.get("fi");
        descriptionEn = translations.get("en");
        descriptionSv = translations.get("sv");
    }

    public String getDescriptionFi() {
        return descriptionFi;
    }

    public void setDescriptionFi(String descriptionFi) {
        this.descriptionFi = descriptionFi;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = descriptionSv;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getContactRole() {
        return contactRole;
    }

    public void setContactRole(String contactRole) {
        this.contactRole = contactRole;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
    }

    public List<String> getValueStreams() {
        return valueStreams;
    }

    public void setValueStreams(List<String> valueStreams) {
        this.valueStreams = valueStreams == null ? new ArrayList<>() : new ArrayList<>(valueStreams);
    }
}
