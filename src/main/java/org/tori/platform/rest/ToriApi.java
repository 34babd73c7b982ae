package org.tori.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public JSON API lives under /api; every error it answers is an RFC 9457 problem body. */
@ApplicationPath("api")
public class ToriApi extends Application {}
