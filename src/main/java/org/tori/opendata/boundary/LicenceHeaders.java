package org.tori.opendata.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.tori.opendata.control.Representations;

/** States CC BY 4.0 on every successful GET of a {@link Licensed} resource (the /api/open routes add it themselves). */
@Provider
@Licensed
public class LicenceHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if ("GET".equals(request.getMethod()) && response.getStatus() < 300 && !response.getHeaders().containsKey("X-License")) {
            response.getHeaders().add("Link", "<" + Representations.LICENSE_URL + ">; rel=\"license\"");
            response.getHeaders().add("X-License", Representations.LICENSE);
        }
    }
}
