package org.tori.judging.boundary;

import java.math.BigDecimal;
import org.tori.judging.entity.ImpactValue;
import org.tori.judging.entity.Prize;

/** A prize category as staff define it: a place of the ranking, the public vote, or the best on one impact value. */
public record PrizeForm(String name, BigDecimal amountEur, Prize.Basis basis, Integer place, ImpactValue impact) {}
