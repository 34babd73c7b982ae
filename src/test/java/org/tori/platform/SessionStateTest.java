package org.tori.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tori.accounts.boundary.SecuritySetup;

/**
 * With two portal instances a session moves between them (web.xml is distributable): whatever the
 * session holds — the sign-in, view-scoped beans with a form's state, flows — must serialize.
 * Weld checks injected beans of passivating scopes at deployment; this checks the rest: the beans
 * themselves and the values they keep in fields.
 */
class SessionStateTest {

    private static final Set<String> PASSIVATING = Set.of(
            "jakarta.faces.view.ViewScoped",
            "jakarta.enterprise.context.SessionScoped",
            "jakarta.enterprise.context.ConversationScoped",
            "jakarta.faces.flow.FlowScoped");

    @Test
    void everyBeanKeptInTheSessionSerializesWithEveryValueItHolds() throws Exception {
        var problems = new ArrayList<String>();
        var beans = 0;
        for (var type : classes()) {
            if (!isPassivating(type)) {
                continue;
            }
            beans++;
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " is not Serializable");
            }
            for (var field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                var fieldType = field.getType();
                boolean fine = fieldType.isPrimitive()
                        || Serializable.class.isAssignableFrom(fieldType)
                        // collections are declared by interface; the JDK's implementations serialize
                        || (fieldType.isInterface()
                                && fieldType.getPackageName().equals("java.util"));
                if (!fine) {
                    problems.add(type.getName() + "." + field.getName() + " holds a " + fieldType.getName()
                            + ", which does not serialize");
                }
            }
        }
        assertTrue(beans > 0, "found the view-scoped beans");
        assertEquals(List.of(), problems);
    }

    @Test
    void theSignInTravelsToAnotherInstanceWithItsRoles() throws Exception {
        var signedIn = new SecuritySetup.SignedIn("42", Set.of("STAFF"));
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(signedIn);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(signedIn, in.readObject());
        }
    }

    private static boolean isPassivating(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (PASSIVATING.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> classes() throws IOException, ClassNotFoundException {
        var root = Path.of("target/classes");
        var found = new ArrayList<Class<?>>();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                var name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                found.add(Class.forName(name, false, SessionStateTest.class.getClassLoader()));
            }
        }
        return found;
    }
}
