package org.tori.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses API bodies above the configured size with 413 before anything reads them. */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "tori.api.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(Problem.response(413, "Content Too Large",
                    "The request body is larger than " + maxBytes + " bytes.", null));
        }
    }
}
