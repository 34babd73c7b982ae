package org.tori.livinglabs.boundary;

import org.tori.livinglabs.entity.LabDetails;
import org.tori.spaces.boundary.SpaceForm;

/** A company's proposed experiment: the space as on any space form, and the lab's own details. */
public record Proposal(SpaceForm space, LabDetails lab) {}
