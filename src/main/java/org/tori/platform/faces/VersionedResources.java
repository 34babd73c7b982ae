package org.tori.platform.faces;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Tori's own resources (resources/css, resources/js) get their content's checksum in the address
 * ({@code ?v=…}), as PrimeFaces' resources carry their version: browsers keep them for a year
 * ({@code platform/http/Compression}) and fetch the new file the moment a release changes it.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name));
    }

    @Override
    public Resource createResource(String name, String library) {
        return versioned(super.createResource(name, library));
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return versioned(super.createResource(name, library, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null || resource.getLibraryName() != null) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                var path = super.getRequestPath();
                var version = versions.computeIfAbsent(getResourceName(), name -> checksum(getWrapped()));
                return version.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    private static String checksum(Resource resource) {
        try (var in = resource.getInputStream()) {
            if (in == null) {
                return "";
            }
            var crc = new CRC32();
            crc.update(in.readAllBytes());
            return HexFormat.of().toHexDigits((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
