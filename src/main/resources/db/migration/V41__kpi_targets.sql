-- Targets that staff set for each KPI of the programme scorecard and each year; the values themselves
-- are always computed from Tori's data.
CREATE TABLE kpi_target (
    kpi       VARCHAR(40)    NOT NULL,
    period    INTEGER        NOT NULL,
    target    DECIMAL(18, 4) NOT NULL,
    actions   VARCHAR(500),
    set_by    BIGINT         NOT NULL REFERENCES account (id),
    set_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version   BIGINT         NOT NULL,
    PRIMARY KEY (kpi, period)
);
