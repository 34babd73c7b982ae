package org.tori.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A loop variable named like a resource bundle hides the bundle or, worse, is hidden by it:
 * {@code var="lab"} printed "???title???" because {@code lab} is the living labs' texts.
 */
class PageVariablesTest {

    private static final Pattern BUNDLE_VAR = Pattern.compile("<var>(\\w+)</var>");
    private static final Pattern LOOP_VAR = Pattern.compile("\\bvar=\"(\\w+)\"");

    @Test
    void noPageVariableIsNamedLikeABundle() throws IOException {
        var bundles = new ArrayList<String>();
        var config = BUNDLE_VAR.matcher(Files.readString(Path.of("webapp/WEB-INF/faces-config.xml")));
        while (config.find()) {
            bundles.add(config.group(1));
        }
        assertTrue(bundles.contains("lab") && bundles.contains("msg"), bundles.toString());
        var clashes = new ArrayList<String>();
        try (Stream<Path> pages = Files.walk(Path.of("webapp"))) {
            for (var page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                var loop = LOOP_VAR.matcher(Files.readString(page));
                while (loop.find()) {
                    if (bundles.contains(loop.group(1))) {
                        clashes.add(page + ": var=\"" + loop.group(1) + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }
}
