package app.pos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.pos.platform.control.PublicControls;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The component rules, over both modules (the EJB jar's classes and the web layer's): components
 * are the packages under {@code app.pos}; {@code platform} is the shared kernel every component may
 * use. Each component says in its {@code package-info.java} which controls it opens to others
 * ({@link PublicControls}); enums (closed sets such as a location's type) are values any component
 * may name.
 */
class ComponentRulesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("app.pos");

  private static final Map<String, Set<String>> PUBLIC_CONTROLS = new ConcurrentHashMap<>();

  @Test
  void componentsDependOnEachOtherWithoutCycles() {
    slices()
        .matching("app.pos.(*)..")
        .namingSlices("$1")
        .should()
        .beFreeOfCycles()
        .because("a component built on another must not be needed by it")
        .check(CLASSES);
  }

  @Test
  void thePlatformDependsOnNoComponent() {
    noClasses()
        .that()
        .resideInAPackage("app.pos.platform..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to another component",
                c -> component(c) != null && !"platform".equals(component(c))))
        .because("the platform is the shared kernel every component builds on")
        .check(CLASSES);
  }

  @Test
  void restResourcesCallOnlyBoundaries() {
    classes()
        .that()
        .resideInAPackage("..rest..")
        .should(onlyReach(true))
        .because("a resource parses, calls one boundary and maps; the rules live behind it")
        .check(CLASSES);
  }

  @Test
  void anotherComponentIsReachedOnlyThroughItsBoundary() {
    classes()
        .that()
        .resideInAPackage("app.pos..")
        .should(onlyReach(false))
        .because("a component's entities and controls are its own to change")
        .check(CLASSES);
  }

  /**
   * Dependencies on app.pos classes of another component (or, for {@code rest}, of any component
   * but the platform) must be on its boundary, a control it declares public, or an enum.
   */
  private static ArchCondition<JavaClass> onlyReach(boolean fromRest) {
    return new ArchCondition<>(
        fromRest
            ? "use only boundaries, public controls and the platform"
            : "reach other components only through their boundary or public controls") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = component(origin);
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass().getBaseComponentType();
          String other = component(target);
          if (other == null || "platform".equals(other) || target.isEnum()) {
            continue;
          }
          if (!fromRest && other.equals(own)) {
            continue;
          }
          String layer = layer(target);
          if ("boundary".equals(layer) || (fromRest && "rest".equals(layer))) {
            continue;
          }
          if (publicControls(other).contains(topLevel(target))) {
            continue;
          }
          events.add(SimpleConditionEvent.violated(d, d.getDescription()));
        }
      }
    };
  }

  /** The component of an app.pos class ({@code sales}), or null outside app.pos. */
  private static String component(JavaClass c) {
    String p = c.getPackageName();
    if (!p.startsWith("app.pos.")) {
      return null;
    }
    String rest = p.substring("app.pos.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** The layer of an app.pos class: boundary, control, entity, rest, or whatever its package is. */
  private static String layer(JavaClass c) {
    String[] parts = c.getPackageName().split("\\.");
    return parts.length > 3 ? parts[3] : "";
  }

  private static String topLevel(JavaClass c) {
    String name = c.getName();
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  private static Set<String> publicControls(String component) {
    return PUBLIC_CONTROLS.computeIfAbsent(
        component,
        k -> {
          try {
            PublicControls declared =
                Class.forName("app.pos." + k + ".package-info").getAnnotation(PublicControls.class);
            return declared == null
                ? Set.of()
                : Arrays.stream(declared.value()).map(Class::getName).collect(Collectors.toSet());
          } catch (ClassNotFoundException none) {
            return Set.of();
          }
        });
  }
}
