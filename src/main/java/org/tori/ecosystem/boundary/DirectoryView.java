package org.tori.ecosystem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.tori.ecosystem.control.StakeholderMap;
import org.tori.ecosystem.entity.OrganisationKind;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The directory with its filters (read from the address), and the stakeholder map; stateless pages. */
@Named
@RequestScoped
public class DirectoryView {

    @Inject
    Organisations organisations;

    private DirectoryFilter filter = DirectoryFilter.NONE;
    private List<OrganisationCard> cards;
    private List<StakeholderMap.Node> nodes;

    public void loadDirectory() {
        filter = new DirectoryFilter(
                Page.choice(OrganisationKind.class, "kind").orElse(null),
                Page.choice(Theme.class, "theme").orElse(null),
                Page.choice(ValueStream.class, "stream").orElse(null),
                Page.param("city"),
                "yes".equals(Page.param("loi")));
        cards = organisations.directory(filter);
    }

    public void loadMap() {
        nodes = organisations.mapNodes();
    }

    public String getSvg() {
        var locale = Page.faces().getViewRoot().getLocale();
        return StakeholderMap.svg(
                Texts.get(locale, "map.svgLabel"),
                nodes,
                k -> Texts.get(locale, "orgKind." + k),
                t -> Texts.get(locale, "theme." + t));
    }

    public Map<OrganisationKind, List<StakeholderMap.Node>> getByKind() {
        return StakeholderMap.byKind(nodes);
    }

    public Map<Theme, List<StakeholderMap.Node>> getByTheme() {
        return StakeholderMap.byTheme(nodes);
    }

    public List<Map.Entry<OrganisationKind, List<StakeholderMap.Node>>> getKindRows() {
        return List.copyOf(getByKind().entrySet());
    }

    public List<Map.Entry<Theme, List<StakeholderMap.Node>>> getThemeRows() {
        return List.copyOf(getByTheme().entrySet());
    }

    public DirectoryFilter getFilter() {
        return filter;
    }

    public List<OrganisationCard> getCards() {
        return cards;
    }

    public List<String> getCities() {
        return organisations.cities();
    }

    public List<OrganisationKind> getKinds() {
        return List.of(OrganisationKind.values());
    }

    public List<Theme> getThemes() {
        return List.of(Theme.values());
    }

    public List<ValueStream> getStreams() {
        return List.of(ValueStream.values());
    }
}
