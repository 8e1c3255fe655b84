package app.pos.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void theNamesAnnotationsTakeAreTheEnumsNames() {
    assertThat(
            new String[] {
              Role.ADMIN_NAME, Role.MANAGER_NAME, Role.CASHIER_NAME, Role.WAREHOUSE_STAFF_NAME
            })
        .containsExactly(
            Role.ADMIN.name(),
            Role.MANAGER.name(),
            Role.CASHIER.name(),
            Role.WAREHOUSE_STAFF.name());
  }
}
