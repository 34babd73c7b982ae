package org.tori.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Lets Faces forms work without JavaScript under PrimeFaces' CSP mode. PrimeFaces' script adds the
 * page's nonce to every post and PrimeFaces refuses a post without it (a 500); a visitor without
 * JavaScript, or a program, never sends it. When the post lacks it, this answers the nonce the view
 * was rendered with, or a fresh one when the view kept none. The nonce guards scripts, not posts:
 * the view state still guards the form.
 */
public class NonceWithoutScript extends ExternalContextFactory {

    static final String NONCE = "primefaces.nonce";

    public NonceWithoutScript(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) {
        return new Context(getWrapped().getExternalContext(context, request, response));
    }

    private static final class Context extends ExternalContextWrapper {
        private String fresh;

        Context(ExternalContext wrapped) {
            super(wrapped);
        }

        @Override
        public Map<String, String> getRequestParameterMap() {
            var parameters = super.getRequestParameterMap();
            if (parameters.containsKey(NONCE) || !parameters.containsKey("jakarta.faces.ViewState")) {
                return parameters;
            }
            return new AbstractMap<>() {
                @Override
                public String get(Object key) {
                    return NONCE.equals(key) ? viewNonce() : parameters.get(key);
                }

                @Override
                public boolean containsKey(Object key) {
                    return NONCE.equals(key) || parameters.containsKey(key);
                }

                @Override
                public Set<Entry<String, String>> entrySet() {
                    return parameters.entrySet();
                }
            };
        }

        private String viewNonce() {
            var faces = FacesContext.getCurrentInstance();
            var view = faces == null ? null : faces.getViewRoot();
            var map = view == null ? null : view.getViewMap(false);
            if (map != null && map.get(NONCE) instanceof String kept && !kept.isBlank()) {
                return kept;
            }
            if (fresh == null) {
                fresh = Base64.getEncoder()
                        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            }
            return fresh;
        }
    }
}
