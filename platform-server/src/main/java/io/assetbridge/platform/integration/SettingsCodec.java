package io.assetbridge.platform.integration;

import io.assetbridge.platform.error.Violations;
import io.assetbridge.platform.json.Jsonp;
import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.ResourceType;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sync settings to and from JSON: the stored form, the API form (they are the same), and the
 * validation of an update. Members absent from an update keep their current value.
 */
public final class SettingsCodec {

    private static final JsonProvider JSON = Jsonp.PROVIDER;

    static final int MAX_CUSTOMER_IDS = 1000;
    static final int MAX_CLASSIFICATIONS = 1000;
    static final int MAX_ID_LENGTH = 200;
    static final int MAX_GUARD_MIN = 1_000_000;
    private static final Set<String> MEMBERS = Set.of(
            "resourceTypes",
            "includeInactive",
            "customers",
            "classification",
            "retireAfterSyncs",
            "scheduleMinutes",
            "fullSyncEvery",
            "missingGuardMin",
            "missingGuardPercent");

    private SettingsCodec() {}

    public static JsonObject toJson(SyncSettings s) {
        var classification = JSON.createObjectBuilder();
        s.classification().forEach((type, ciClass) -> classification.add(type, ciClass.wireName()));
        return JSON.createObjectBuilder()
                .add("resourceTypes", JSON.createArrayBuilder(s.resourceTypes()))
                .add("includeInactive", s.includeInactive())
                .add(
                        "customers",
                        JSON.createObjectBuilder()
                                .add("include", JSON.createArrayBuilder(sorted(s.includeCustomers())))
                                .add("exclude", JSON.createArrayBuilder(sorted(s.excludeCustomers()))))
                .add("classification", classification)
                .add("retireAfterSyncs", s.retireAfterSyncs())
                .add(
                        "scheduleMinutes",
                        s.scheduleMinutes() == null ? JsonValue.NULL : JSON.createValue(s.scheduleMinutes()))
                .add("fullSyncEvery", s.fullSyncEvery())
                .add("missingGuardMin", s.missingGuardMin())
                .add("missingGuardPercent", s.missingGuardPercent())
                .build();
    }

    /** Reads stored settings (valid when stored). */
    public static SyncSettings fromStored(JsonObject stored, ConnectorDescriptor descriptor) {
        return update(
                stored, SyncSettings.defaultsFor(descriptor.resourceTypes()), descriptor.resourceTypes(), "settings");
    }

    /**
     * Applies an update to the current settings, validating every member.
     *
     * @param offered the resource types the integration's configuration enables
     * @param prefix  the dotted path of the settings object in the request ({@code ""} at the root)
     * @throws io.assetbridge.platform.error.InvalidInputException listing every problem
     */
    public static SyncSettings update(
            JsonObject input, SyncSettings current, List<ResourceType> offered, String prefix) {
        var v = new Violations();
        input.keySet().stream()
                .filter(k -> !MEMBERS.contains(k))
                .forEach(
                        k -> v.add(path(prefix, k), "Unknown member; expected one of " + new TreeSet<>(MEMBERS) + "."));
        List<String> resourceTypes = input.containsKey("resourceTypes")
                ? resourceTypes(input.get("resourceTypes"), offered, path(prefix, "resourceTypes"), v)
                : current.resourceTypes();
        boolean includeInactive = input.containsKey("includeInactive")
                ? bool(input.get("includeInactive"), path(prefix, "includeInactive"), v)
                : current.includeInactive();
        Set<String> include = current.includeCustomers();
        Set<String> exclude = current.excludeCustomers();
        if (input.containsKey("customers")) {
            String customersPath = path(prefix, "customers");
            JsonValue customers = input.get("customers");
            if (customers instanceof JsonObject c) {
                c.keySet().stream()
                        .filter(k -> !k.equals("include") && !k.equals("exclude"))
                        .forEach(k -> v.add(customersPath + "." + k, "Unknown member; expected include or exclude."));
                if (c.containsKey("include")) {
                    include = ids(c.get("include"), customersPath + ".include", v);
                }
                if (c.containsKey("exclude")) {
                    exclude = ids(c.get("exclude"), customersPath + ".exclude", v);
                }
            } else {
                v.add(customersPath, "Must be an object with include and exclude arrays of customer source ids.");
            }
        }
        Map<String, CiClass> classification = input.containsKey("classification")
                ? classification(input.get("classification"), path(prefix, "classification"), v)
                : current.classification();
        int retire = input.containsKey("retireAfterSyncs")
                ? integer(
                        input.get("retireAfterSyncs"),
                        1,
                        100,
                        false,
                        path(prefix, "retireAfterSyncs"),
                        v,
                        current.retireAfterSyncs())
                : current.retireAfterSyncs();
        Integer schedule = input.containsKey("scheduleMinutes")
                ? scheduleMinutes(
                        input.get("scheduleMinutes"), path(prefix, "scheduleMinutes"), v, current.scheduleMinutes())
                : current.scheduleMinutes();
        int fullEvery = input.containsKey("fullSyncEvery")
                ? integer(
                        input.get("fullSyncEvery"),
                        1,
                        1000,
                        false,
                        path(prefix, "fullSyncEvery"),
                        v,
                        current.fullSyncEvery())
                : current.fullSyncEvery();
        int guardMin = input.containsKey("missingGuardMin")
                ? integer(
                        input.get("missingGuardMin"),
                        0,
                        MAX_GUARD_MIN,
                        false,
                        path(prefix, "missingGuardMin"),
                        v,
                        current.missingGuardMin())
                : current.missingGuardMin();
        int guardPercent = input.containsKey("missingGuardPercent")
                ? integer(
                        input.get("missingGuardPercent"),
                        0,
                        100,
                        false,
                        path(prefix, "missingGuardPercent"),
                        v,
                        current.missingGuardPercent())
                : current.missingGuardPercent();
        v.throwIfAny("The sync settings are not valid.");
        return new SyncSettings(
                resourceTypes,
                includeInactive,
                include,
                exclude,
                classification,
                retire,
                schedule,
                fullEvery,
                guardMin,
                guardPercent);
    }

    private static List<String> resourceTypes(JsonValue value, List<ResourceType> offered, String path, Violations v) {
        if (!(value instanceof JsonArray array)) {
            v.add(path, "Must be an array of resource type ids.");
            return List.of();
        }
        var ids = new LinkedHashSet<String>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            String itemPath = path + "[" + i + "]";
            if (!(item instanceof JsonString s)) {
                v.add(itemPath, "Must be a resource type id (a string).");
                continue;
            }
            var type =
                    offered.stream().filter(r -> r.id().equals(s.getString())).findFirst();
            if (type.isEmpty()) {
                v.add(
                        itemPath,
                        "Unknown or switched-off resource type; this integration offers "
                                + offered.stream()
                                        .filter(ResourceType::selectable)
                                        .map(ResourceType::id)
                                        .toList() + ".");
            } else if (!type.get().selectable()) {
                v.add(
                        itemPath,
                        "Resource type " + s.getString()
                                + " is not selectable; it is read whenever a type that needs it is.");
            } else if (!ids.add(s.getString())) {
                v.add(itemPath, "Listed twice.");
            }
        }
        // Keep the connector's order, which is the order a sync reads them in.
        return offered.stream().map(ResourceType::id).filter(ids::contains).toList();
    }

    private static Set<String> ids(JsonValue value, String path, Violations v) {
        if (!(value instanceof JsonArray array)) {
            v.add(path, "Must be an array of customer source ids (strings).");
            return Set.of();
        }
        if (array.size() > MAX_CUSTOMER_IDS) {
            v.add(path, "At most " + MAX_CUSTOMER_IDS + " customer ids.");
            return Set.of();
        }
        var ids = new LinkedHashSet<String>();
        for (int i = 0; i < array.size(); i++) {
            String id = sourceId(array.get(i), path + "[" + i + "]", v);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Map<String, CiClass> classification(JsonValue value, String path, Violations v) {
        if (!(value instanceof JsonObject object)) {
            v.add(path, "Must be an object mapping asset type source ids to \"hardware\" or \"software\".");
            return Map.of();
        }
        if (object.size() > MAX_CLASSIFICATIONS) {
            v.add(path, "At most " + MAX_CLASSIFICATIONS + " asset types.");
            return Map.of();
        }
        var map = new LinkedHashMap<String, CiClass>();
        object.forEach((type, ciClass) -> {
            String itemPath = path + "." + type;
            if (type.isBlank() || type.length() > MAX_ID_LENGTH || Violations.hasControlCharacters(type)) {
                v.add(
                        itemPath,
                        "An asset type id is 1 to " + MAX_ID_LENGTH + " characters without control characters.");
            } else if (ciClass instanceof JsonString s
                    && (s.getString().equals("hardware") || s.getString().equals("software"))) {
                map.put(type, CiClass.valueOf(s.getString().toUpperCase(Locale.ROOT)));
            } else {
                v.add(itemPath, "Must be \"hardware\" or \"software\".");
            }
        });
        return map;
    }

    private static String sourceId(JsonValue value, String path, Violations v) {
        if (value instanceof JsonString s
                && !s.getString().isBlank()
                && s.getString().length() <= MAX_ID_LENGTH
                && !Violations.hasControlCharacters(s.getString())) {
            return s.getString();
        }
        v.add(
                path,
                "Must be a customer source id: a string of 1 to " + MAX_ID_LENGTH
                        + " characters without control characters.");
        return null;
    }

    private static boolean bool(JsonValue value, String path, Violations v) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        v.add(path, "Must be true or false.");
        return false;
    }

    private static Integer scheduleMinutes(JsonValue value, String path, Violations v, Integer current) {
        if (value == JsonValue.NULL) {
            return null;
        }
        return integer(value, 15, 10_080, true, path, v, current);
    }

    private static int integer(
            JsonValue value, int min, int max, boolean nullable, String path, Violations v, Integer fallback) {
        if (value instanceof JsonNumber n
                && n.isIntegral()
                && n.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) >= 0
                && n.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) <= 0) {
            return n.intValue();
        }
        v.add(path, "Must be a whole number from " + min + " to " + max + (nullable ? ", or null" : "") + ".");
        return fallback == null ? min : fallback;
    }

    private static String path(String prefix, String member) {
        return prefix.isEmpty() ? member : prefix + "." + member;
    }

    private static List<String> sorted(Set<String> ids) {
        var list = new ArrayList<>(ids);
        list.sort(null);
        return list;
    }
}
