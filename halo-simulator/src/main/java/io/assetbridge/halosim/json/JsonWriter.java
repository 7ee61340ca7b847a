package io.assetbridge.halosim.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Streams JSON text to an {@link Appendable}, inserting commas itself so callers only describe
 * structure. Writing into a {@link StringBuilder} never throws; writing into a {@code Writer} turns
 * {@link IOException} into {@link UncheckedIOException} so render code stays free of checked
 * exceptions.
 */
public final class JsonWriter {

    private static final int MAX_DEPTH = 64;

    private final Appendable out;
    /** Per nesting level: has a member or element already been written? Drives comma placement. */
    private final boolean[] hasMember = new boolean[MAX_DEPTH];

    private int depth;
    private boolean afterName;

    public JsonWriter(Appendable out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        beforeValue();
        write('{');
        push();
        return this;
    }

    public JsonWriter endObject() {
        depth--;
        write('}');
        return this;
    }

    public JsonWriter beginArray() {
        beforeValue();
        write('[');
        push();
        return this;
    }

    public JsonWriter endArray() {
        depth--;
        write(']');
        return this;
    }

    public JsonWriter name(String name) {
        separate();
        string(name);
        write(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        string(value);
        return this;
    }

    public JsonWriter value(long value) {
        return rawValue(Long.toString(value));
    }

    public JsonWriter value(boolean value) {
        return rawValue(value ? "true" : "false");
    }

    public JsonWriter value(double value) {
        return rawValue(Double.toString(value));
    }

    public JsonWriter nullValue() {
        return rawValue("null");
    }

    /** Writes text verbatim as a value, e.g. {@code 12.0} where Halo sends an integer as a decimal. */
    public JsonWriter rawValue(String raw) {
        beforeValue();
        write(raw);
        return this;
    }

    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, double value) {
        return name(name).value(value);
    }

    public JsonWriter nullField(String name) {
        return name(name).nullValue();
    }

    public JsonWriter rawField(String name, String raw) {
        return name(name).rawValue(raw);
    }

    public JsonWriter emptyArrayField(String name) {
        return name(name).beginArray().endArray();
    }

    /** Convenience for one-off documents: {@code JsonWriter.object(w -> w.field("a", 1))}. */
    public static String object(Consumer<JsonWriter> body) {
        StringBuilder sb = new StringBuilder(256);
        JsonWriter w = new JsonWriter(sb);
        w.beginObject();
        body.accept(w);
        w.endObject();
        return sb.toString();
    }

    private void push() {
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
        }
        hasMember[depth++] = false;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        separate();
    }

    private void separate() {
        if (depth > 0) {
            if (hasMember[depth - 1]) {
                write(',');
            }
            hasMember[depth - 1] = true;
        }
    }

    private void string(String s) {
        write('"');
        int runStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escapeFor(c);
            if (escape != null) {
                if (i > runStart) {
                    write(s, runStart, i);
                }
                write(escape);
                runStart = i + 1;
            }
        }
        if (runStart < s.length()) {
            write(s, runStart, s.length());
        }
        write('"');
    }

    private static String escapeFor(char c) {
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                if (c < 0x20) {
                    return String.format("\\u%04x", (int) c);
                }
                return null;
        }
    }

    private void write(char c) {
        try {
            out.append(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(CharSequence s, int from, int to) {
        try {
            out.append(s, from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
