package org.tori.scorecard.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.i18n.Texts;
import org.tori.scorecard.entity.Kpi;

/** The staff view of the scorecard: each KPI's computed value next to a target and the actions in place. */
@Named
@ViewScoped
public class ScorecardStaffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Scorecard scorecard;

    @Inject
    CurrentMember member;

    /** One row of the targets form. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final KpiValue value;
        private BigDecimal target;
        private String actions;

        Row(KpiValue value) {
            this.value = value;
            this.target = value.target();
            this.actions = value.actions();
        }

        public KpiValue getValue() {
            return value;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public String getActions() {
            return actions;
        }

        public void setActions(String actions) {
            this.actions = actions;
        }
    }

    private int year;
    private List<Row> rows = new ArrayList<>();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        year = scorecard.currentYear();
        rows = new ArrayList<>(scorecard.values(year).stream().map(Row::new).toList());
    }

    public void save() {
        var id = member.id().orElseThrow();
        for (var row : rows) {
            if (row.target != null) {
                scorecard.setTarget(Kpi.valueOf(row.value.kpi()), year, row.target, row.actions, id, member.isStaff());
            }
        }
        rows = new ArrayList<>(scorecard.values(year).stream().map(Row::new).toList());
        var faces = FacesContext.getCurrentInstance();
        var text = Texts.get(faces.getViewRoot().getLocale(), "staff.saved");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public int getYear() {
        return year;
    }

    public List<Row> getRows() {
        return rows;
    }
}
