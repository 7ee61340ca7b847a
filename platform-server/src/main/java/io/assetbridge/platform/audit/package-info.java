/** The audit log: who changed what and when, written by the services that make the changes. */
package io.assetbridge.platform.audit;
