package org.tori.judging.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JudgingCsvTest {

    @Test
    void fieldsWithSeparatorsAreQuotedAndFormulasDefused() {
        assertEquals("Plain title", Judging.csvField("Plain title"));
        assertEquals("\"Robots, and more\"", Judging.csvField("Robots, and more"));
        assertEquals("\"Say \"\"hi\"\"\"", Judging.csvField("Say \"hi\""));
        assertEquals("'=SUM(A1)", Judging.csvField("=SUM(A1)"));
    }
}
