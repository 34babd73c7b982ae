package org.tori.news.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tori.news.entity.NewsCategory;
import org.tori.news.entity.NewsDetails;
import org.tori.news.entity.NewsItem;
import org.tori.platform.text.NameList;
import org.tori.spaces.entity.Theme;

/** The staff form of a news item or media release. */
public class NewsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 200, message = "{tori.size.max}")
    private String title;

    @Size(max = 1000, message = "{tori.size.max}")
    private String lead;

    @Size(max = 20000, message = "{tori.size.max}")
    private String body;

    private NewsCategory category = NewsCategory.NEWS;

    @Size(max = 1000, message = "{tori.size.max}")
    private String partners;

    /** Partners chosen from the directory of organisations; {@code partners} names the others. */
    private List<String> directoryPartners = new ArrayList<>();

    @Size(max = 300, message = "{tori.size.max}")
    private String pressContact;

    @Size(max = 300, message = "{tori.size.max}")
    private String imageAlt;

    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    public NewsForm() {}

    NewsForm(NewsItem n) {
        title = n.getTitle();
        lead = n.getLead();
        body = n.getBody();
        category = n.getCategory();
        partners = n.getPartners();
        pressContact = n.getPressContact();
        imageAlt = n.getImageAlt();
        themes = n.getThemes().isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(n.getThemes());
    }

    NewsDetails details() {
        return new NewsDetails(
                title,
                lead,
                body,
                category,
                NameList.join(directoryPartners, partners),
                pressContact,
                imageAlt,
                themes);
    }

    /** Sorts the named partners into those the directory holds (chosen from it) and the others. */
    public void sortPartners(Collection<String> directory) {
        directoryPartners = new ArrayList<>(NameList.known(partners, directory));
        partners = NameList.unknown(partners, directory);
    }

    public List<String> getDirectoryPartners() {
        return directoryPartners;
    }

    public void setDirectoryPartners(List<String> directoryPartners) {
        this.directoryPartners = directoryPartners == null ? new ArrayList<>() : new ArrayList<>(directoryPartners);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public NewsCategory getCategory() {
        return category;
    }

    public void setCategory(NewsCategory category) {
        this.category = category;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public String getPressContact() {
        return pressContact;
    }

    public void setPressContact(String pressContact) {
        this.pressContact = pressContact;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    public void setThemes(Set<Theme> themes) {
        this.themes = themes;
    }
}
