/**
 * The programme roadmap: goals, projects and work packages in a tree whose progress rolls up, with
 * dated milestones that followers hear about, and portfolio reviews that decide per item whether it
 * continues, changes, stops or scales up. Shown openly to citizens, except items kept for partners or staff.
 */
package org.tori.roadmap;
