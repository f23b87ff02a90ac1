package org.openiop.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of DESIGN.md, checked over the compiled main classes of every module on
 * this module's class path (examples depends on all three SDK modules).
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openiop");
  }

  @Test
  void everySdkModuleIsOnTheClassPathSoTheRulesAreNotVacuous() {
    for (String pkg :
        new String[] {"org.openiop.core", "org.openiop.crypto", "org.openiop.video"}) {
      if (classes.stream().noneMatch(c -> c.getPackageName().startsWith(pkg))) {
        throw new AssertionError("no classes imported from " + pkg);
      }
    }
  }

  @Test
  void coreDependsOnNoOtherOpenIopModule() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.openiop.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.openiop.video..", "org.openiop.crypto..", "org.openiop.examples.."));
  }

  @Test
  void cryptoAndVideoDoNotDependOnEachOther() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.openiop.crypto..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.openiop.video.."));
    check(
        noClasses()
            .that()
            .resideInAPackage("org.openiop.video..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.openiop.crypto.."));
  }

  @Test
  void noModuleUsesAnotherModulesInternalPackage() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("org.openiop.core..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.openiop.core.internal.."));
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("org.openiop.crypto..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.openiop.crypto.internal.."));
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("org.openiop.video..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.openiop.video.internal.."));
  }

  @Test
  void libraryCodeDoesNotWriteToStandardStreamsOrPrintStackTraces() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage("org.openiop.core..", "org.openiop.crypto..", "org.openiop.video..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS));
  }

  @Test
  void libraryCodeLogsThroughSlf4jApiOnly() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage("org.openiop.core..", "org.openiop.crypto..", "org.openiop.video..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.slf4j.simple..",
                "org.slf4j.impl..",
                "ch.qos.logback..",
                "org.apache.logging.log4j..",
                "org.apache.log4j..",
                "java.util.logging..",
                "org.jboss.logging.."));
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }
}
