package bench.floor;

import java.util.UUID;

/** What each floor endpoint answers: a small object, as a product read would. */
public record Item(UUID id, String name, boolean active) {}
