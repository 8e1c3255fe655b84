package app.pos.platform.control;

/** The answer a use case gave, kept so a repeated request gets exactly the same answer. */
public record StoredResponse(int status, String location, String jsonBody) {}
