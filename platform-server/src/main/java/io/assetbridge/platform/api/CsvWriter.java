package io.assetbridge.platform.api;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes CSV as RFC 4180 has it: cells separated by commas, rows ended by CRLF, a cell quoted when it
 * holds a comma, a double quote, CR or LF, and a quote inside doubled. Nothing is buffered here beyond
 * the writer it is given, so a listing of any length streams in constant memory.
 *
 * <p>A cell starting with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or CR, which some
 * spreadsheets skip before one of those) is <em>defused</em>: it gets a leading apostrophe, so a
 * spreadsheet opening the file shows the text instead of evaluating it as a formula (CSV injection, OWASP).
 * The value an importing tool reads then differs from the stored one by that first {@code '}.
 */
public final class CsvWriter {

    private final Writer out;
    private boolean rowStarted;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Adds a cell to the current row; null is an empty cell. */
    public CsvWriter cell(Object value) throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        rowStarted = true;
        if (value != null) {
            out.write(quoted(defused(value.toString())));
        }
        return this;
    }

    /** Ends the current row. */
    public void endRow() throws IOException {
        out.write("\r\n");
        rowStarted = false;
    }

    /** A whole row. */
    public void row(Object... cells) throws IOException {
        for (Object cell : cells) {
            cell(cell);
        }
        endRow();
    }

    static String defused(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    static String quoted(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }
}
