package org.tori.platform.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A view parameter (f:viewParam) the page could not convert — letters for a number, an unknown
 * choice — ends the page with 400 before anything is rendered without it.
 */
public class BadParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        var context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (root == null || context.getResponseComplete()) {
            return;
        }
        var broken = ViewMetadata.getViewParameters(root).stream()
                .filter(p -> !p.isValid())
                .findFirst();
        broken.ifPresent(p -> {
            try {
                context.getExternalContext().responseSendError(400, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        });
    }

    @Override
    public void beforePhase(PhaseEvent event) {}

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
