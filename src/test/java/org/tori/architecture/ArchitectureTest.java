package org.tori.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape STYLE.md asks for, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses tori;
    /** Every feature folder under org.tori, found in the compiled classes (a new feature is checked too). */
    private static SortedSet<String> features;

    @BeforeAll
    static void importClasses() {
        tori = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tori");
        features = tori.stream()
                .map(c -> c.getPackageName().split("\\."))
                .filter(parts -> parts.length > 2)
                .map(parts -> parts[2])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theFeaturesAreFound() {
        org.junit.jupiter.api.Assertions.assertTrue(
                features.containsAll(List.of("accounts", "judging", "spaces", "platform")), features.toString());
    }

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("org.tori.(*)..").should().beFreeOfCycles().check(tori);
    }

    @Test
    void noFeatureUsesAnothersControl() {
        for (var feature : features) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.tori." + feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.tori." + feature + ".control..")
                    .allowEmptyShould(true)
                    .check(tori);
        }
    }

    @Test
    void aFeaturesControlNeverUsesItsOwnBoundary() {
        for (var feature : features) {
            noClasses()
                    .that()
                    .resideInAPackage("org.tori." + feature + ".control..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.tori." + feature + ".boundary..")
                    .allowEmptyShould(true)
                    .check(tori);
        }
    }

    @Test
    void entitiesUseNoBoundaryNorControl() {
        noClasses()
                .that()
                .resideInAPackage("..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..boundary..", "..control..")
                .check(tori);
    }

    @Test
    void noFeatureDependsOnTheDemoContent() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.tori.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.tori.demo..")
                .check(tori);
    }

    @Test
    void viewsUseNoEntityManager() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("View")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(tori);
    }

    /**
     * Two beans with one EL name stop the deployment (CDI's ambiguous name), and the pages' error only
     * names the bean: two features that each wrote a {@code DecisionView} met at a merge.
     */
    @Test
    void noTwoBeansShareAPageName() {
        var byName = new TreeMap<String, List<String>>();
        tori.stream().filter(c -> c.isAnnotatedWith(Named.class)).forEach(c -> {
            var given = c.getAnnotationOfType(Named.class).value();
            var name = given.isEmpty()
                    ? Character.toLowerCase(c.getSimpleName().charAt(0))
                            + c.getSimpleName().substring(1)
                    : given;
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(c.getName());
        });
        byName.values().removeIf(classes -> classes.size() < 2);
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(), byName);
    }
}
