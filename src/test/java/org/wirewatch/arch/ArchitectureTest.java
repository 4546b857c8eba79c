package org.wirewatch.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
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

  // Classes that reach the network or the disk. A parser or differ that touched one would make
  // the core untestable without I/O and let a hostile document reach beyond its bytes.
  private static final String[] IO_PACKAGES = {
    "okhttp3..", "okio..", "java.net.http..", "java.nio.file..", "java.nio.channels.."
  };
  private static final String[] NETWORK_CLASSES = {
    "java.net.Socket",
    "java.net.ServerSocket",
    "java.net.URLConnection",
    "java.net.HttpURLConnection",
    "org.jsoup.Connection",
    "org.jsoup.helper.HttpConnection"
  };
  // java.net.URL is not here: parsing and resolving a link is what a sanitizer must do (jsoup does
  // it with URL too); opening one is I/O, and is caught by URL_IO_METHODS instead.
  private static final String[] IO_CLASSES = {
    "java.net.Socket",
    "java.net.ServerSocket",
    "java.net.URLConnection",
    "java.net.HttpURLConnection",
    "java.io.File",
    "java.io.FileInputStream",
    "java.io.FileOutputStream",
    "java.io.FileReader",
    "java.io.FileWriter",
    "java.io.RandomAccessFile",
    "org.jsoup.Connection",
    "org.jsoup.helper.HttpConnection"
  };

  private static final Set<String> URL_IO_METHODS =
      Set.of("openConnection", "openStream", "getContent");

  private static final DescribedPredicate<JavaMethodCall> OPENS_A_URL =
      DescribedPredicate.describe(
          "a method of java.net.URL that reaches what it names " + URL_IO_METHODS,
          call ->
              call.getTargetOwner().isEquivalentTo(java.net.URL.class)
                  && URL_IO_METHODS.contains(call.getName()));

  @Test
  void formatAndIngestDoNoIoAndKnowNoTimeline() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("org.wirewatch.format..", "org.wirewatch.ingest..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(IO_PACKAGES)
            .orShould()
            .dependOnClassesThat(oneOf(IO_CLASSES))
            .orShould()
            .callMethodWhere(OPENS_A_URL)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.wirewatch.timeline..",
                "org.wirewatch.fetch..",
                "org.wirewatch.store..",
                "org.wirewatch.ui..",
                "org.wirewatch.app..",
                "org.wirewatch.cli..");
    rule.check(wirewatch);
  }

  @Test
  void fetchKnowsNoUiNoTimelineAndNoJavaFx() {
    noClasses()
        .that()
        .resideInAPackage("org.wirewatch.fetch..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.wirewatch.ui..",
            "org.wirewatch.timeline..",
            "org.wirewatch.store..",
            "org.wirewatch.app..",
            "org.wirewatch.cli..",
            "javafx..")
        .check(wirewatch);
  }

  @Test
  void alertsKnowNoUiNoNetworkAndNoJavaFx() {
    noClasses()
        .that()
        .resideInAPackage("org.wirewatch.alert..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.wirewatch.ui..",
            "org.wirewatch.fetch..",
            "org.wirewatch.store..",
            "org.wirewatch.app..",
            "org.wirewatch.cli..",
            "javafx..",
            "okhttp3..")
        .check(wirewatch);
  }

  @Test
  void onlyAppAndCliWireThePartsTogether() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.wirewatch.app..", "org.wirewatch.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.wirewatch.app..", "org.wirewatch.cli..")
        .check(wirewatch);
  }

  @Test
  void uiDoesNoNetworkIo() {
    noClasses()
        .that()
        .resideInAPackage("org.wirewatch.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("okhttp3..", "okio..", "org.wirewatch.fetch..", "java.net.http..")
        .orShould()
        .dependOnClassesThat(oneOf(NETWORK_CLASSES))
        .check(wirewatch);
  }

  @Test
  void theIoRulesCanSeeAnOffender() {
    // The rules above must be able to fail: fetch reaches OkHttp, so it breaks the format rule.
    JavaClasses fetch = new ClassFileImporter().importPackages("org.wirewatch.fetch");
    ArchRule asIfFetchWereFormat =
        noClasses().should().dependOnClassesThat().resideInAnyPackage(IO_PACKAGES);
    assertThat(asIfFetchWereFormat.evaluate(fetch).hasViolation()).isTrue();
  }

  /** Reads what a URL names: the kind of code the format rule keeps out of the core. */
  static final class OpensAUrl {
    byte[] read(java.net.URL url) throws java.io.IOException {
      try (java.io.InputStream in = url.openStream()) {
        return in.readAllBytes();
      }
    }
  }

  @Test
  void openingAUrlIsIoButParsingOneIsNot() {
    ArchRule opensNoUrl = noClasses().should().callMethodWhere(OPENS_A_URL);
    JavaClasses opener = new ClassFileImporter().importClasses(OpensAUrl.class);
    // The sanitizer resolves links with java.net.URL, and must stay allowed to.
    JavaClasses sanitizer = new ClassFileImporter().importPackages("org.wirewatch.format.html");
    assertThat(opensNoUrl.evaluate(opener).hasViolation()).isTrue();
    assertThat(sanitizer.stream().map(JavaClass::getSimpleName)).contains("LinkResolver");
    assertThat(opensNoUrl.evaluate(sanitizer).hasViolation()).isFalse();
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> oneOf(String... names) {
    Set<String> banned = Set.of(names);
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "are one of " + banned, c -> banned.contains(c.getName()));
  }
}
