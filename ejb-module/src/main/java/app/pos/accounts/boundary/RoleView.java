package app.pos.accounts.boundary;

import app.pos.platform.entity.Role;

/** A role with its display name and what it is for. */
public record RoleView(String name, String displayName, String description) {

  public static RoleView of(Role role) {
    return new RoleView(role.name(), role.displayName(), role.description());
  }
}
