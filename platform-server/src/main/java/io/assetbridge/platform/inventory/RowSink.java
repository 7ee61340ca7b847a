package io.assetbridge.platform.inventory;

import java.io.IOException;

/** Takes the rows of a streamed listing one at a time, as they are read from the database. */
@FunctionalInterface
public interface RowSink<T> {
    void accept(T row) throws IOException;
}
