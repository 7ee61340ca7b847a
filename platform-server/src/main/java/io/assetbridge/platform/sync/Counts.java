package io.assetbridge.platform.sync;

import io.assetbridge.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * What a run did to one resource type. {@code fetched = created + updated + unchanged + skipped + failed}.
 * {@code missing}, {@code retired} and {@code excluded} count status changes beside that: a stored CI
 * the settings now leave out is skipped and, the first time, turned {@code excluded}. Mutable: the
 * engine adds a page at a time; persisted as JSON with the run.
 */
public final class Counts {

    private static final JsonProvider JSON = Jsonp.PROVIDER;

    long created;
    long updated;
    long unchanged;
    long skipped;
    long failed;
    long missing;
    long retired;
    long excluded;

    public long fetched() {
        return created + updated + unchanged + skipped + failed;
    }

    public void add(Counts other) {
        created += other.created;
        updated += other.updated;
        unchanged += other.unchanged;
        skipped += other.skipped;
        failed += other.failed;
        missing += other.missing;
        retired += other.retired;
        excluded += other.excluded;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    public long skipped() {
        return skipped;
    }

    public long failed() {
        return failed;
    }

    public long missing() {
        return missing;
    }

    public long retired() {
        return retired;
    }

    public long excluded() {
        return excluded;
    }

    public void created(long n) {
        created += n;
    }

    public void updated(long n) {
        updated += n;
    }

    public void unchanged(long n) {
        unchanged += n;
    }

    public void skipped(long n) {
        skipped += n;
    }

    public void failed(long n) {
        failed += n;
    }

    public void missing(long n) {
        missing += n;
    }

    public void retired(long n) {
        retired += n;
    }

    public void excluded(long n) {
        excluded += n;
    }

    public JsonObjectBuilder toJson() {
        return JSON.createObjectBuilder()
                .add("fetched", fetched())
                .add("created", created)
                .add("updated", updated)
                .add("unchanged", unchanged)
                .add("skipped", skipped)
                .add("failed", failed)
                .add("missing", missing)
                .add("retired", retired)
                .add("excluded", excluded);
    }

    public static Counts fromJson(JsonObject json) {
        var c = new Counts();
        c.created = json.getJsonNumber("created").longValue();
        c.updated = json.getJsonNumber("updated").longValue();
        c.unchanged = json.getJsonNumber("unchanged").longValue();
        c.skipped = json.getJsonNumber("skipped").longValue();
        c.failed = json.getJsonNumber("failed").longValue();
        c.missing = json.getJsonNumber("missing").longValue();
        c.retired = json.getJsonNumber("retired").longValue();
        // runs stored before the excluded status have no such count
        c.excluded =
                json.containsKey("excluded") ? json.getJsonNumber("excluded").longValue() : 0;
        return c;
    }
}
