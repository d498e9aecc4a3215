package org.rostra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaField;
import org.junit.jupiter.api.Test;

/** Architecture rules: no OpenNLP, Guava, Jackson or internal types in public API; no static mutable state. */
class ArchitectureTest {
  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.rostra");

  static boolean forbidden(JavaClass c) {
    String n = c.getName();
    return n.startsWith("opennlp.")
        || n.startsWith("com.google.common.")
        || n.startsWith("com.fasterxml.")
        || n.startsWith("org.rostra.internal.");
  }

  static final ArchCondition<JavaMethod> NO_FORBIDDEN_TYPES =
      new ArchCondition<>("expose no OpenNLP, Guava, Jackson or internal types") {
        @Override
        public void check(JavaMethod m, ConditionEvents events) {
          boolean bad = forbidden(m.getRawReturnType());
          for (JavaClass p : m.getRawParameterTypes()) {
            bad |= forbidden(p);
          }
          if (bad) {
            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " exposes a forbidden type"));
          }
        }
      };

  @Test
  void publicApiExposesNoThirdPartyOrInternalTypes() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("org.rostra.internal..")
        .should(NO_FORBIDDEN_TYPES)
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void noStaticMutableState() {
    fields()
        .that()
        .areStatic()
        .should()
        .beFinal()
        .allowEmptyShould(true)
        .check(CLASSES);
    fields()
        .that()
        .areStatic()
        .and(
            DescribedPredicate.describe(
                "are collections, maps or arrays",
                (JavaField f) ->
                    f.getRawType().isArray()
                        || f.getRawType().isAssignableTo(java.util.Collection.class)
                        || f.getRawType().isAssignableTo(java.util.Map.class)))
        .and(DescribedPredicate.describe("are not enum constants",
            (JavaField f) -> !f.getModifiers().contains(JavaModifier.SYNTHETIC)))
        .should(
            new ArchCondition<JavaField>("be initialised to an immutable value (List.of, Map.of, copyOf) — reviewed") {
              @Override
              public void check(JavaField f, ConditionEvents events) {
                // arrays are mutable: only private constant tables are allowed
                if (f.getRawType().isArray() && !f.getModifiers().contains(JavaModifier.PRIVATE)) {
                  events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is a non-private static array"));
                }
              }
            })
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void noThreadLocalsOrSystemProperties() {
    noClasses()
        .should()
        .callMethod(System.class, "setProperty", String.class, String.class)
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(ThreadLocal.class.getName())
        .check(CLASSES);
  }
}
