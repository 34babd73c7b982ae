package org.tori.accounts.boundary;

import java.util.ArrayList;
import java.util.List;

/** The chips of a profile field: those kept, plus what was typed into the field's add box (comma-separated). */
final class Chips {

    private Chips() {}

    static List<String> with(List<String> chips, String typed) {
        var all = new ArrayList<>(chips);
        if (typed != null) {
            for (var part : typed.split(",")) {
                var chip = part.strip();
                if (!chip.isEmpty() && !all.contains(chip)) {
                    all.add(chip);
                }
            }
        }
        return all;
    }

    static List<String> without(List<String> chips, String chip) {
        var rest = new ArrayList<>(chips);
        rest.remove(chip);
        return rest;
    }
}
