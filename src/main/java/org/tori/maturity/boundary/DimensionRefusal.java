package org.tori.maturity.boundary;

import org.tori.platform.DomainException;

/** A refusal of one dimension's answer: the form names the dimension with the reason. */
public class DimensionRefusal extends DomainException {

    private static final long serialVersionUID = 1L;
    private final String dimension;

    DimensionRefusal(String dimension, DomainException cause) {
        super(cause.kind(), cause.key(), cause.field());
        this.dimension = dimension;
    }

    public String dimension() {
        return dimension;
    }
}
