package org.tori.accounts.control;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import java.io.Serializable;
import org.tori.accounts.boundary.SecuritySetup;

/**
 * Tells the container who is signed in, with roles, from the session on every request, whichever
 * portal instance serves it. Runs before {@code @LoginToContinue} (priority 220), which would
 * otherwise send a signed-in member on a protected page to the log-in page.
 */
@RestoresSignIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class SignInRestore implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object restore(InvocationContext invocation) throws Exception {
        if ("validateRequest".equals(invocation.getMethod().getName())
                && invocation.getParameters().length == 3
                && invocation.getParameters()[2] instanceof HttpMessageContext context
                && !context.isAuthenticationRequest()) {
            var session = context.getRequest().getSession(false);
            if (session != null && session.getAttribute(SecuritySetup.SIGNED_IN) instanceof SecuritySetup.SignedIn signedIn) {
                return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
            }
        }
        return invocation.proceed();
    }
}
