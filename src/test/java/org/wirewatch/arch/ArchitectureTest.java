package org.wirewatch.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package structure honest: one direction of data flow, no UI or I/O in the core. */
class ArchitectureTest {
  private static JavaClasses wirewatch;

  @BeforeAll
  static void importClasses() {
    wirewatch =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wirewatch");
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.wirewatch.(*)..").should().beFreeOfCycles().check(wirewatch);
  }

  @Test
  void coreIsFreeOfJavaFxAndOkHttp() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(
                "org.wirewatch.model..",
                "org.wirewatch.format..",
                "org.wirewatch.ingest..",
                "org.wirewatch.exec..")
            .or()
            .resideInAPackage("org.wirewatch.timeline")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "okhttp3..", "okio..");
    rule.check(wirewatch);
  }

  @Test
  void modelDependsOnlyOnTheJdkAndItself() {
    classes()
        .that()
        .resideInAPackage("org.wirewatch.model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.wirewatch.model..")
        .check(wirewatch);
  }

  @Test
  void onlyFxThreadHopsOntoTheFxThread() {
    // Collect offenders rather than using a canned rule: a method reference (Platform::runLater)
    // is not a call, and the bridge itself must be found, which proves the check can see hops.
    Set<String> hoppers = new TreeSet<>();
    for (JavaClass c : wirewatch) {
      Stream.concat(
              c.getMethodCallsFromSelf().stream().map(JavaAccess::getTarget),
              c.getMethodReferencesFromSelf().stream().map(JavaAccess::getTarget))
          .filter(t -> t.getOwner().isEquivalentTo(Platform.class))
          .filter(t -> t.getName().equals("runLater"))
          .forEach(t -> hoppers.add(c.getName().replaceAll("\\$.*", "")));
    }
    assertThat(hoppers).containsExactly("org.wirewatch.timeline.fx.FxThread");
  }

  @Test
  void noStaticMutableState() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
        .that()
        .areStatic()
        .should()
        .beFinal()
        .check(wirewatch);
  }

  @Test
  void uiDoesNoNetworkIo() {
    noClasses()
        .that()
        .resideInAPackage("org.wirewatch.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("okhttp3..", "org.wirewatch.fetch.http..", "java.net.http..")
        .check(wirewatch);
  }
}
