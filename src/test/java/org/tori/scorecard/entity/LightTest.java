package org.tori.scorecard.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LightTest {

    @Test
    void onTargetIsGreenBelowWithActionsAmberBelowWithoutRed() {
        assertEquals(Light.GREEN, Light.of(new BigDecimal("10"), new BigDecimal("10"), null));
        assertEquals(Light.GREEN, Light.of(new BigDecimal("12.5"), new BigDecimal("10"), "anything"));
        assertEquals(Light.AMBER, Light.of(new BigDecimal("9"), new BigDecimal("10"), "Two more hackathons in autumn"));
        assertEquals(Light.RED, Light.of(new BigDecimal("9"), new BigDecimal("10"), "  "));
        assertEquals(Light.RED, Light.of(null, new BigDecimal("1"), null), "nothing counted yet is below target");
        assertEquals(Light.NONE, Light.of(new BigDecimal("5"), null, null));
    }
}
