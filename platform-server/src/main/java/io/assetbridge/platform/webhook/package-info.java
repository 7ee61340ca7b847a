/** Failure notifications: webhooks an admin configures, and the outbox that delivers their events. */
package io.assetbridge.platform.webhook;
