package org.tori.maturity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.faces.Page;

/** The public page of the maturity model: each dimension's five levels, evidence and recommended practices. */
@Named
@RequestScoped
public class ModelView {

    @Inject
    Maturity maturity;

    @Inject
    CurrentReader reader;

    private List<DimensionRow> dimensions;

    public void load() {
        dimensions = maturity.model(Page.faces().getViewRoot().getLocale(), reader.get());
    }

    public List<DimensionRow> getDimensions() {
        return dimensions;
    }

    public int getVersion() {
        return maturity.modelVersion();
    }

    public boolean isPartner() {
        return reader.get().partner() && reader.get().city() != null;
    }
}
