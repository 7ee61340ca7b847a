package io.assetbridge.connector.connectwise;

import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;

/**
 * Where a read resumes, as the platform stores it: {@code f:<pageId>} (forward-only, rows with a greater id),
 * {@code p:<page>} (navigable page, ordered by id), or {@code s:<companyId>} (the site walk, companies after
 * that id). A cursor holds no URL and no secret.
 *
 * @param mode   {@code f}, {@code p} or {@code s}
 * @param number the page id, page number or company id
 */
record Cursor(char mode, long number) {

    static final char FORWARD = 'f';
    static final char PAGE = 'p';
    static final char SITES = 's';

    static Cursor parse(String cursor, String resourceType) {
        if (cursor != null && cursor.length() >= 3 && cursor.charAt(1) == ':') {
            char mode = cursor.charAt(0);
            try {
                long number = Long.parseLong(cursor.substring(2));
                if ((mode == FORWARD || mode == PAGE || mode == SITES) && number >= 0) {
                    return new Cursor(mode, number);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new ConnectorException(
                FailureKind.DATA,
                "The stored position of " + resourceType + " ('" + cursor + "') is not one this connector wrote;"
                        + " start a new sync.");
    }

    @Override
    public String toString() {
        return mode + ":" + number;
    }
}
