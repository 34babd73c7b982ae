package org.tori.knowledge.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The repeated rows of the lesson form (causes and actions). "Add a cause" and "Remove" are plain
 * submit buttons, so the form works without JavaScript: the posted fields come back renumbered with
 * one row more or less, nothing typed lost.
 */
record FormRows(int causes, int actions, Map<String, String> values, String focus) {

    static final int MAX = 20;
    static final List<String> CAUSE_FIELDS = List.of("cause", "category");
    static final List<String> ACTION_FIELDS = List.of("action", "kind", "owner", "due", "actionStatus");

    /** A posted row count; missing or not a number → the fallback, kept within 0..MAX. */
    static int count(String raw, int fallback) {
        if (raw == null
                || raw.isBlank()
                || raw.strip().length() > 3
                || !raw.strip().chars().allMatch(Character::isDigit)) {
            return fallback;
        }
        return Math.min(MAX, Integer.parseInt(raw.strip()));
    }

    /** Whether a field name belongs to a row ("cause3", "due12"). */
    static boolean isRowField(String name) {
        return name != null && name.matches("(cause|category|action|kind|owner|due|actionStatus)\\d{1,2}");
    }

    /**
     * Applies a row command ({@code addCause}, {@code addAction}, {@code removeCause-2},
     * {@code removeAction-3}) to the rows as posted. An unknown command changes nothing.
     */
    static FormRows apply(String command, Function<String, String> posted, int causes, int actions) {
        var values = new HashMap<String, String>();
        copy(posted, CAUSE_FIELDS, causes, 0, values);
        copy(posted, ACTION_FIELDS, actions, 0, values);
        String cmd = command == null ? "" : command;
        if (cmd.equals("addCause") && causes < MAX) {
            return new FormRows(causes + 1, actions, values, "cause" + (causes + 1));
        }
        if (cmd.equals("addAction") && actions < MAX) {
            return new FormRows(causes, actions + 1, values, "action" + (actions + 1));
        }
        int row = cmd.matches("remove(Cause|Action)-\\d{1,2}")
                ? Integer.parseInt(cmd.substring(cmd.indexOf('-') + 1))
                : 0;
        if (cmd.startsWith("removeCause") && row >= 1 && row <= causes) {
            values.clear();
            copy(posted, CAUSE_FIELDS, causes, row, values);
            copy(posted, ACTION_FIELDS, actions, 0, values);
            return new FormRows(
                    causes - 1, actions, values, causes - 1 == 0 ? "add-cause" : "cause" + Math.min(row, causes - 1));
        }
        if (cmd.startsWith("removeAction") && row >= 1 && row <= actions) {
            values.clear();
            copy(posted, CAUSE_FIELDS, causes, 0, values);
            copy(posted, ACTION_FIELDS, actions, row, values);
            return new FormRows(
                    causes,
                    actions - 1,
                    values,
                    actions - 1 == 0 ? "add-action" : "action" + Math.min(row, actions - 1));
        }
        return new FormRows(causes, actions, values, null);
    }

    /** Copies rows 1..count, leaving out row {@code removed} (0: none) and moving the later ones up. */
    private static void copy(
            Function<String, String> posted, List<String> fields, int count, int removed, Map<String, String> into) {
        int target = 1;
        for (int i = 1; i <= count; i++) {
            if (i == removed) {
                continue;
            }
            for (var field : fields) {
                var value = posted.apply(field + i);
                if (value != null) {
                    into.put(field + target, value);
                }
            }
            target++;
        }
    }
}
