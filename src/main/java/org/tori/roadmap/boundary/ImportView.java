package org.tori.roadmap.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tori.knowledge.boundary.CurrentReader;

/** The staff page that imports roadmap items from pasted CSV and lists the refused lines. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoadmapImport importer;

    @Inject
    CurrentReader reader;

    private String csv;
    private RoadmapImport.Report report;

    public void run() {
        report = importer.run(csv, reader.get());
    }

    public String getColumns() {
        return String.join(",", RoadmapImport.COLUMNS);
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }

    public RoadmapImport.Report getReport() {
        return report;
    }
}
