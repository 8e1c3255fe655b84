package app.pos.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.pos.platform.control.CrossTenant;
import app.pos.platform.control.ReadReplica;
import app.pos.platform.control.ReplicaReadsInterceptor;
import app.pos.platform.control.TenantStore;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

class TenancyArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("app.pos");

  @Test
  void onlyTheTenantStoreOrADeclaredCrossTenantClassUsesTheEntityManager() {
    noClasses()
        .that()
        .areNotAnnotatedWith(CrossTenant.class)
        .and()
        // the replica path: the interceptor opens and closes the replica's entity manager and
        // the session holds it for the call; only TenantStore queries through it (rule below)
        .doNotBelongToAnyOf(
            TenantStore.class, ReplicaReadsInterceptor.class, ReplicaSessionAccess.SESSION)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .because("every query must be scoped to the caller's business (TenantStore)")
        .check(classes);
  }

  @Test
  void onlyTheTenantStoreQueriesTheReplica() {
    classes()
        .that()
        .haveFullyQualifiedName(ReplicaSessionAccess.SESSION.getName())
        .should()
        .onlyBeAccessed()
        .byClassesThat()
        .belongToAnyOf(
            TenantStore.class, ReplicaReadsInterceptor.class, ReplicaSessionAccess.SESSION)
        .because("queries on the replica must be scoped to the caller's business too")
        .check(classes);
    noClasses()
        .that()
        .doNotBelongToAnyOf(ReplicaReadsInterceptor.class, ReadReplica.class)
        .should()
        .callMethod(ReadReplica.class, "open")
        .because("only a routed read opens an entity manager on the replica")
        .check(classes);
  }

  /** The package-private holder of the replica's entity manager, named without importing it. */
  private static final class ReplicaSessionAccess {
    static final Class<?> SESSION = load("app.pos.platform.control.ReplicaSession");

    private static Class<?> load(String name) {
      try {
        return Class.forName(name);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
