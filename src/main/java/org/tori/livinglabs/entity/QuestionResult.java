package org.tori.livinglabs.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How testers rated one question: how many answered, the average (two decimals, half up; null
 * before anyone answered) and how many gave each rating, from 1 to 5.
 */
public record QuestionResult(int number, String question, int count, BigDecimal average, List<Integer> distribution) {

    /** Aggregates the ratings of every feedback, question by question (ratings lists in question order). */
    public static List<QuestionResult> of(List<String> questions, List<List<Integer>> feedback) {
        var results = new ArrayList<QuestionResult>();
        for (int q = 0; q < questions.size(); q++) {
            int[] counts = new int[5];
            int count = 0;
            long sum = 0;
            for (var ratings : feedback) {
                if (q < ratings.size() && ratings.get(q) != null && ratings.get(q) >= 1 && ratings.get(q) <= 5) {
                    counts[ratings.get(q) - 1]++;
                    count++;
                    sum += ratings.get(q);
                }
            }
            var average = count == 0
                    ? null
                    : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
            results.add(new QuestionResult(
                    q + 1,
                    questions.get(q),
                    count,
                    average,
                    Arrays.stream(counts).boxed().toList()));
        }
        return List.copyOf(results);
    }

    /** The share of answers with the given rating, in per cent (for the bars on the results page). */
    public int percent(int rating) {
        return count == 0 ? 0 : Math.round(100f * distribution.get(rating - 1) / count);
    }
}
