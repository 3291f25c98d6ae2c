package com.mstudio.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dependency rules of docs/architecture.md, checked on the compiled classes of all three modules so that they
 * cannot rot: the engine never sees JavaFX, view models never see the scene graph, the UI talks to the engine only
 * through engine.api (never its runtime, data, store, segment, predict, copy or creative packages) and never to DL4J/ND4J.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.mstudio.engine", "com.mstudio.ui", "com.mstudio.app");
    }

    /** The rules must be able to fail: each one is run on a deliberately broken fixture class. */
    @Test
    void theRulesCatchViolations() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("com.mstudio.engine.archfixture", "com.mstudio.ui.archfixture");
        assertThrows(AssertionError.class, () -> engineJavaFxRule().check(fixtures));
        assertThrows(AssertionError.class, () -> viewModelRule().check(fixtures));
        assertThrows(AssertionError.class, () -> uiApiRule().check(fixtures));
    }

    @Test
    void allThreeModulesAreOnTheClasspath() {
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("com.mstudio.engine")));
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("com.mstudio.ui")));
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("com.mstudio.app")));
    }

    @Test
    void engineNeverImportsJavaFx() {
        engineJavaFxRule().check(classes);
    }

    @Test
    void viewModelsNeverImportTheSceneGraph() {
        viewModelRule().check(classes);
    }

    @Test
    void uiNeverReachesPastTheEngineApi() {
        uiApiRule().check(classes);
    }

    private static ArchRule engineJavaFxRule() {
        return noClasses().that().resideInAPackage("com.mstudio.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");
    }

    private static ArchRule viewModelRule() {
        return noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..");
    }

    private static ArchRule uiApiRule() {
        return noClasses().that().resideInAPackage("com.mstudio.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "org.datavec..",
                        "tech.tablesaw..", "com.mstudio.engine.runtime..", "com.mstudio.engine.data..",
                        "com.mstudio.engine.store..", "com.mstudio.engine.segment..", "com.mstudio.engine.predict..",
                        "com.mstudio.engine.creative..", "com.mstudio.engine.copy..", "com.mstudio.app..");
    }

    @Test
    void theEngineApiExposesNoLibraryTypes() {
        ArchRule rule = noClasses().that().resideInAPackage("com.mstudio.engine.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "tech.tablesaw..",
                        "com.mstudio.engine.runtime..", "com.mstudio.engine.data..", "com.mstudio.engine.store..");
        rule.check(classes);
    }

    @Test
    void theEngineNeverDependsOnTheFrontEnds() {
        noClasses().that().resideInAPackage("com.mstudio.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mstudio.ui..", "com.mstudio.app..")
                .check(classes);
    }
}
