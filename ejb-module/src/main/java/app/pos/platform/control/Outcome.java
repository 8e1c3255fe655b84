package app.pos.platform.control;

/** What a creating use case returns to the HTTP layer: the view and where it now lives. */
public record Outcome(Object body, String location) {}
