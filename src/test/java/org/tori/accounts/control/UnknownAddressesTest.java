package org.tori.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class UnknownAddressesTest {

    @Test
    void theKeyIsAHashOfTheAddressAsAMemberWouldTypeIt() {
        var key = UnknownAddresses.keyOf(" Nobody@Example.org ");
        assertEquals(UnknownAddresses.keyOf("nobody@example.org"), key);
        assertEquals(64, key.length());
        assertNotEquals(UnknownAddresses.keyOf("somebody@example.org"), key);
    }
}
