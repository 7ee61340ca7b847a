package io.assetbridge.platform.it;

/**
 * One hostile request and the 4xx it must get. {@code expected} 0 means "any 4xx" (for inputs the
 * web container may reject before the application sees them, e.g. broken percent-encoding).
 */
record HostileCase(String name, String method, String path, String contentType, String body, int expected) {

    static HostileCase json(String name, String method, String path, String body, int expected) {
        return new HostileCase(name, method, path, "application/json", body, expected);
    }

    static HostileCase get(String name, String path, int expected) {
        return new HostileCase(name, "GET", path, null, null, expected);
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + (path.length() > 80 ? path.substring(0, 80) + "…" : path) + ")";
    }
}
