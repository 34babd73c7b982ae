/**
 * The partner ecosystem in the open: organisations (companies, startups, research, NGOs, utilities,
 * public bodies, partner cities) with their partnership and trail in Tori, the stakeholder map, and the
 * "how to take part" pages for each kind of stakeholder. Staff create organisations or approve a
 * company's request for one.
 */
package org.tori.ecosystem;
