package org.tori.accounts;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.tori.accounts.boundary.PersonalData;

/**
 * Finds every {@link PersonalData} section among the compiled classes (each feature's boundary) and
 * collects the account columns they declare, as the features wrote them: no list to keep by hand.
 */
final class PersonalDataSections {

    private PersonalDataSections() {}

    static Set<String> declaredColumns() {
        var classes = Path.of(System.getProperty("tori.basedir", "."), "target", "classes");
        var columns = new TreeSet<String>();
        try (var files = Files.walk(classes)) {
            for (var file : files.filter(f ->
                            f.toString().endsWith(".class") && f.getParent().endsWith("boundary"))
                    .toList()) {
                var name = classes.relativize(file)
                        .toString()
                        .replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                var type = Class.forName(name, false, PersonalDataSections.class.getClassLoader());
                if (PersonalData.class.isAssignableFrom(type) && !type.isInterface()) {
                    var section = (PersonalData) type.getDeclaredConstructor().newInstance();
                    columns.addAll(section.covers());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        if (columns.isEmpty()) {
            throw new AssertionError("no PersonalData section found under " + classes);
        }
        return columns;
    }
}
