package io.assetbridge.platform.api;

import io.assetbridge.platform.error.InvalidInputException;
import io.assetbridge.platform.error.Violation;
import java.util.List;

/** Query parameters that are whole numbers within bounds; anything else is a 400 naming the parameter. */
final class Paging {

    private Paging() {}

    static int bounded(String name, String raw, int min, int max) {
        var value = Ids.smallNumber(raw);
        if (value.isPresent() && value.get() >= min && value.get() <= max) {
            return value.get();
        }
        throw new InvalidInputException(
                "The query parameter " + name + " is not valid.",
                List.of(new Violation(name, "Must be a whole number from " + min + " to " + max + ".")));
    }
}
