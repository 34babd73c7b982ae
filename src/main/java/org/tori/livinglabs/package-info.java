/**
 * Living labs and fast experiments: a company proposes what it wants to test, where and when, and
 * what it wants to learn; staff approve it by opening the space. Citizens sign up as testers up to a
 * capacity (then a waiting list), rate the company's questions during the test window, and the
 * company and staff read the aggregated results and publish a summary that can become a lesson.
 */
package org.tori.livinglabs;
