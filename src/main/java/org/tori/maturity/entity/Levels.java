package org.tori.maturity.entity;

import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** The five levels of every dimension: 1 (ad hoc) to 5 (leading). */
public final class Levels {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    private Levels() {}

    public static int check(Integer level, String field) {
        if (level == null || level < LOWEST || level > HIGHEST) {
            throw new DomainException(Kind.INVALID, "maturity.level.invalid", field);
        }
        return level;
    }
}
