package io.assetbridge.halosim.auth;

/** What the token endpoint answers: an HTTP status and a JSON body. */
public record TokenReply(int status, String json) {}
