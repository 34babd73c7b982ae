package org.tori.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows about one member, read with one fixed SQL statement ({@code ?1} is the account id) and named
 * for their copy of their data. Features use it in their {@code PersonalData} sections, each on its
 * own tables; dates become ISO-8601 text so that any JSON reader understands them.
 */
public final class PersonalRows {

    private PersonalRows() {}

    public static List<Map<String, Object>> of(EntityManager em, String sql, long accountId, String... names) {
        var rows = new ArrayList<Map<String, Object>>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, accountId).getResultList()) {
            Object[] values = row instanceof Object[] array ? array : new Object[] {row};
            var named = new LinkedHashMap<String, Object>();
            for (int i = 0; i < names.length; i++) {
                named.put(names[i], plain(values[i]));
            }
            rows.add(named);
        }
        return rows;
    }

    /** Puts each child row into the list {@code field} of the parent whose {@code id} equals the child's {@code parentKey}. */
    public static void nest(
            List<Map<String, Object>> parents, String field, List<Map<String, Object>> children, String parentKey) {
        for (var parent : parents) {
            var own = new ArrayList<Map<String, Object>>();
            for (var child : children) {
                if (String.valueOf(parent.get("id")).equals(String.valueOf(child.get(parentKey)))) {
                    var copy = new LinkedHashMap<>(child);
                    copy.remove(parentKey);
                    own.add(copy);
                }
            }
            parent.put(field, own);
        }
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
