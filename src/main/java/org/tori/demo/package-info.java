/**
 * Demo content: one account per role and a small, believable program (spaces, judging, living labs,
 * lessons, stories, city-to-city learning, an open consultation) created at start-up through the
 * features' public boundaries, when {@code tori.demo.enabled} is on. No feature depends on it.
 */
package org.tori.demo;
