package app.pos.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.pos.platform.control.CrossTenant;
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
  void onlyTheTenantStoreAndDeclaredCrossTenantClassesUseTheEntityManager() {
    noClasses()
        .that()
        .areNotAnnotatedWith(CrossTenant.class)
        .and()
        .doNotBelongToAnyOf(TenantStore.class)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .because("every query must be scoped to the caller's business (TenantStore)")
        .check(classes);
  }
}
