package org.tori.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** States CC BY 4.0 on every successful GET of a {@link Licensed} resource (the /api/open routes add it themselves). */
@Provider
@Licensed
public class LicenceHeaders implements ContainerResponseFilter {

    /** The licence of Tori's open data. */
    public static final String LICENSE = "CC-BY-4.0";

    public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if ("GET".equals(request.getMethod())
                && response.getStatus() < 300
                && !response.getHeaders().containsKey("X-License")) {
            response.getHeaders().add("Link", "<" + LICENSE_URL + ">; rel=\"license\"");
            response.getHeaders().add("X-License", LICENSE);
        }
    }
}
