package org.tori.livinglabs.boundary;

import java.util.List;

/** A tester's feedback: ratings 1–5 in the questions' order; the texts are Markdown (HTML is sanitised). */
public record FeedbackInput(List<Integer> ratings, String worked, String didNot) {}
