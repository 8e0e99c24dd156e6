package de.ffit.campus.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;

/**
 * Gives our own Faces resources (those without a library: css/campus.css, js/attendance.js, ...) a version in
 * their URL that changes with their content ({@link ContentVersions}), as PrimeFaces does for its own with its
 * release ({@code ?ln=primefaces&v=15.0.13}). Both kinds are then cached for a year by browsers
 * ({@link ResourceCaching}). OmniFaces' VersionedResourceHandler would put one version (the application's) on
 * every file, so an unchanged file would be fetched again after each release, and a file changed without a new
 * version number would not be.
 */
public class ContentVersionedResources extends ResourceHandlerWrapper {

    public ContentVersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName), null);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName), libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType), libraryName);
    }

    private static Resource versioned(Resource resource, String libraryName) {
        if (resource == null || libraryName != null && !libraryName.isEmpty()) {
            return resource;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !(faces.getExternalContext().getContext() instanceof ServletContext context)) {
            return resource;
        }
        String version = ContentVersions.of(context, resource.getResourceName());
        if (version == null) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }
}
