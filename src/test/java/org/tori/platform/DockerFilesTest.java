package org.tori.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/ cannot be run on the build machines (no Docker engine), so this test reads its files and
 * checks what a deployment depends on: build stages and base images matching the versions the
 * tests run, health checks, volumes, the cluster members, and that every TORI_* variable handed to
 * the portal is one the portal reads (README's table or the config defaults).
 */
class DockerFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("tori.basedir", "."));
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?");
    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?!--from)(?:--\\S+\\s+)*(\\S+)\\s+\\S+$");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?[-?][^}]*)?}");

    @Test
    void thePortalImageIsBuiltWithMavenAndRunsOnTheOfficialPayaraMicroOfTheTests() throws IOException {
        var dockerfile = read("docker/portal.Dockerfile");
        var stages = FROM.matcher(dockerfile).results().toList();
        assertEquals(2, stages.size(), "a build stage and a run stage");
        assertTrue(
                stages.get(0).group(1).startsWith("maven:")
                        && stages.get(0).group(1).contains("17"),
                stages.get(0).group());
        assertEquals("build", stages.get(0).group(2));
        assertEquals("payara/micro:${PAYARA_VERSION}-jdk17", stages.get(1).group(1));
        assertTrue(
                dockerfile.contains("ARG PAYARA_VERSION=" + pomProperty("payara.version")),
                "the Payara Micro of the tests");
        assertTrue(dockerfile.contains("COPY --from=build --chown=payara:payara /build/target/tori.war"));
        assertTrue(dockerfile.contains("HEALTHCHECK") && dockerfile.contains("/health/ready"));
        assertTrue(dockerfile.contains("\"--contextroot\", \"/\""));
        copiedSourcesExist(dockerfile);
    }

    @Test
    void theSearchImageAddsTheAnalysisPluginToTheOfficialElasticsearchOfTheTests() throws IOException {
        var dockerfile = read("docker/search.Dockerfile");
        var stages = FROM.matcher(dockerfile).results().toList();
        assertEquals(2, stages.size());
        assertTrue(stages.get(0).group(1).contains("temurin-21"), "the plugin needs JDK 21 or newer");
        assertEquals(
                "docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION}",
                stages.get(1).group(1));
        assertTrue(dockerfile.contains("ARG ES_VERSION=" + pomProperty("elasticsearch.version")));
        assertTrue(dockerfile.contains("elasticsearch-plugin install --batch file:///tmp/tori-analysis.zip"));
        assertTrue(dockerfile.contains("_cluster/health"), "GET / answers 405 in this distribution");
        copiedSourcesExist(dockerfile);
    }

    @Test
    void composeRunsTwoClusteredPortalsWithDatabaseSearchAndAStagingMailCatcher() throws IOException {
        var services = map(compose().get("services"));
        assertEquals(Set.of("portal-1", "portal-2", "proxy", "db", "search", "mail"), services.keySet());
        for (var name : List.of("portal-1", "portal-2", "proxy", "db", "search", "mail")) {
            assertTrue(map(services.get(name)).containsKey("healthcheck"), name + " has a health check");
        }
        for (var portal : List.of("portal-1", "portal-2")) {
            var command = String.join(" ", list(map(services.get(portal)).get("command")));
            assertTrue(command.contains("--clustermode tcpip:portal-1:6900,portal-2:6900"), command);
            assertTrue(command.contains("--clustername ${TORI_CLUSTER_NAME:-tori}"), command);
            var dependsOn = map(map(services.get(portal)).get("depends_on"));
            assertEquals(Set.of("db", "search"), dependsOn.keySet());
        }
        assertEquals(List.of("staging"), list(map(services.get("mail")).get("profiles")));
        assertEquals(
                Set.of("db-data", "es-data", "es-snapshots"),
                map(compose().get("volumes")).keySet());
        assertTrue(list(map(services.get("db")).get("volumes")).contains("db-data:/var/lib/postgresql/data"));
        assertTrue(list(map(services.get("search")).get("volumes")).contains("es-data:/usr/share/elasticsearch/data"));
        assertEquals(
                List.of("${TORI_HTTP_PORT:-8080}:80"),
                list(map(services.get("proxy")).get("ports")));
        var nginx = read("docker/nginx.conf");
        assertTrue(nginx.contains("server portal-1:8080") && nginx.contains("server portal-2:8080"));
    }

    @Test
    void everyPortalSettingIsOneThePortalReadsAndHasASafeDefaultOrIsRequired() throws IOException {
        var environment =
                map(map(map(compose().get("services")).get("portal-1")).get("environment"));
        var known = knownVariables();
        var unknown = new TreeSet<String>();
        for (var entry : environment.entrySet()) {
            if (entry.getKey().startsWith("TORI_") && !known.contains(entry.getKey())) {
                unknown.add(entry.getKey());
            }
            var value = String.valueOf(entry.getValue());
            var matcher = VARIABLE.matcher(value);
            while (matcher.find()) {
                assertTrue(
                        matcher.group().contains(":-") || matcher.group().contains(":?"),
                        entry.getKey() + " has a default or is required: " + value);
            }
        }
        assertTrue(unknown.isEmpty(), "variables the portal does not read: " + unknown);
        assertEquals(
                "false",
                String.valueOf(environment.get("TORI_DEMO_ENABLED")).replaceAll(".*:-(\\w+)}", "$1"),
                "no demo accounts unless asked for");
        var example = read("docker/env.example");
        var composeText = read("docker/compose.yaml");
        var used = new TreeSet<String>();
        VARIABLE.matcher(composeText).results().forEach(m -> used.add(m.group(1)));
        used.removeIf(name -> name.startsWith("POSTGRES_") && !composeText.contains("${" + name + ":"));
        for (var name : used) {
            assertTrue(example.contains(name + "="), "docker/env.example mentions " + name);
        }
    }

    private static Set<String> knownVariables() throws IOException {
        var known = new TreeSet<String>();
        Pattern.compile("`(TORI_[A-Z0-9_]+)`")
                .matcher(read("README.md"))
                .results()
                .forEach(m -> known.add(m.group(1)));
        var defaults = new Properties();
        try (var in =
                Files.newInputStream(ROOT.resolve("src/main/resources/META-INF/microprofile-config.properties"))) {
            defaults.load(in);
        }
        defaults.stringPropertyNames()
                .forEach(n -> known.add(n.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")));
        return known;
    }

    private static void copiedSourcesExist(String dockerfile) {
        var matcher = COPY.matcher(dockerfile);
        while (matcher.find()) {
            var source = matcher.group(1);
            if (source.equals("search-config/analysis-plugin") && !Files.exists(ROOT.resolve(source))) {
                // the plugin comes with the knowledge base (issue 5); until it is merged there is nothing to copy
                continue;
            }
            assertTrue(Files.exists(ROOT.resolve(source)), "COPY source exists: " + source);
        }
    }

    private static String pomProperty(String name) throws IOException {
        var matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<").matcher(read("pom.xml"));
        assertTrue(matcher.find(), name);
        return matcher.group(1);
    }

    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(read("docker/compose.yaml"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertFalse(value == null, "missing in compose.yaml");
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }
}
