/**
 * Page objects for the browser journeys: each page is worked by the labels, headings and buttons a
 * person sees (ids only where the page gives a control no visible name of its own), and answers
 * with what the person would read, so that a journey reads as its story.
 */
package org.tori.testing.pages;
