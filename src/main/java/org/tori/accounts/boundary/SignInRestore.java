package org.tori.accounts.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.tori.accounts.control.ErasedAccounts;

/**
 * Tells the container who is signed in, with roles, from the session on every request, whichever
 * portal instance serves it. Runs before {@code @LoginToContinue} (priority 220), which would
 * otherwise send a signed-in member on a protected page to the log-in page. The roles are the
 * account's roles now, not those of the log-in; a session whose account has been erased (on any
 * device or instance) is ended instead.
 */
@RestoresSignIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class SignInRestore implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ErasedAccounts erasedAccounts;

    @AroundInvoke
    public Object restore(InvocationContext invocation) throws Exception {
        if ("validateRequest".equals(invocation.getMethod().getName())
                && invocation.getParameters().length == 3
                && invocation.getParameters()[2] instanceof HttpMessageContext context
                && !context.isAuthenticationRequest()) {
            var session = context.getRequest().getSession(false);
            if (session != null
                    && session.getAttribute(SecuritySetup.SIGNED_IN) instanceof SecuritySetup.SignedIn signedIn) {
                var role = currentRole(signedIn.caller());
                if (role.isPresent()) {
                    var groups = role.get().isEmpty() ? signedIn.groups() : Set.of(role.get());
                    if (!groups.equals(signedIn.groups())) {
                        // staff approved a role request (or a role was withdrawn) since the log-in
                        session.setAttribute(
                                SecuritySetup.SIGNED_IN, new SecuritySetup.SignedIn(signedIn.caller(), groups));
                    }
                    return context.notifyContainerAboutLogin(signedIn.caller(), groups);
                }
                session.invalidate();
            }
        }
        return invocation.proceed();
    }

    /** The account's role now; empty when it is erased; an empty role for a caller that is no account. */
    private Optional<String> currentRole(String caller) {
        try {
            return erasedAccounts.currentRole(Long.parseLong(caller));
        } catch (NumberFormatException notAnAccount) {
            return Optional.of("");
        }
    }
}
