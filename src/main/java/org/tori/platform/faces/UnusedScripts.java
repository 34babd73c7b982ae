package org.tori.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.List;

/**
 * PrimeFaces adds its scripts (jQuery, core, components: about 210 KiB compressed) and its
 * components' style sheet to every page whose tree holds one of its components, rendered or not: a
 * space page read by a visitor, whose forms are for members, loaded them all for nothing. Before a
 * stateless view renders (rebuilt on every request, so nothing of this is kept), they are dropped
 * when no PrimeFaces component renders. The theme stays: Tori's own styles build on it.
 */
public class UnusedScripts implements SystemEventListener {

    private static final String PRIMEFACES = "primefaces";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        var context = FacesContext.getCurrentInstance();
        var root = context.getViewRoot();
        if (root == null
                || !root.isTransient()
                || context.getPartialViewContext().isAjaxRequest()
                || primeFacesRenders(context, root)) {
            return;
        }
        for (var target : new String[] {"head", "body"}) {
            for (var resource : List.copyOf(root.getComponentResources(context, target))) {
                if (unused(resource)) {
                    root.removeComponentResource(context, resource, target);
                }
            }
        }
    }

    private static boolean unused(UIComponent resource) {
        var library = String.valueOf(resource.getAttributes().get("library"));
        var name = String.valueOf(resource.getAttributes().get("name"));
        return PRIMEFACES.equals(library) && (name.endsWith(".js") || name.equals("components.css"));
    }

    /**
     * Walks the tree itself rather than with a visit, which would run every repeat's query once more.
     * Inside a repeat or table the row is unknown: a PrimeFaces component there counts as rendered.
     */
    private static boolean primeFacesRenders(FacesContext context, UIComponent component) {
        return primeFacesRenders(context, component, false);
    }

    private static boolean primeFacesRenders(FacesContext context, UIComponent component, boolean inRows) {
        if (!inRows && !rendered(component)) {
            return false;
        }
        if (component.getClass().getName().startsWith("org.primefaces.component.")) {
            return true;
        }
        boolean rows = inRows
                || component instanceof UIData
                || component.getClass().getName().endsWith("UIRepeat");
        var children = component.getFacetsAndChildren();
        while (children.hasNext()) {
            if (primeFacesRenders(context, children.next(), rows)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rendered(UIComponent component) {
        try {
            return component.isRendered();
        } catch (RuntimeException unknownWithoutItsRow) {
            return true;
        }
    }
}
