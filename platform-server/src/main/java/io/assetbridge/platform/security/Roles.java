package io.assetbridge.platform.security;

/** The two users and their roles; each user's group has the same name as its role. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String VIEWER = "viewer";

    private Roles() {}
}
