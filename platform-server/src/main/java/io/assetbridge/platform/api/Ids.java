package io.assetbridge.platform.api;

import io.assetbridge.platform.error.ApiException;

/** Path ids: positive whole numbers, anything else a 404 (no such resource can exist). */
final class Ids {

    private Ids() {}

    static long parse(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same answer as an unknown id
        }
        throw ApiException.notFound("No resource has the id '" + raw + "'; ids are positive whole numbers.");
    }
}
