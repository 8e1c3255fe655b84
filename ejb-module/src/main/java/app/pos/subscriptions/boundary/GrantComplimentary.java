package app.pos.subscriptions.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A period of a plan the platform owner gives a business at no charge. */
public class GrantComplimentary {
  @NotNull public UUID businessId;

  @NotNull public UUID planId;
}
