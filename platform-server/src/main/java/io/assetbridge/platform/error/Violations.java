package io.assetbridge.platform.error;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while a whole input is checked, then throws them together. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws an {@link InvalidInputException} when anything was found. */
    public void throwIfAny(String summary) {
        if (!found.isEmpty()) {
            throw new InvalidInputException(summary, found);
        }
    }

    /** Whether a string holds control characters (tab, newline and friends), which no field accepts. */
    public static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> Character.isISOControl(c));
    }
}
