package app.pos.accounts.entity;

/** The colour scheme the business's apps show: light, dark, or as the device is set. */
public enum Theme {
  LIGHT,
  DARK,
  SYSTEM
}
