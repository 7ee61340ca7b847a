package io.assetbridge.platform.inventory;

import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;

/** A CI as the sync hands it to the inventory: with the class the integration's settings gave it. */
public record ClassifiedItem(ConfigurationItem item, CiClass ciClass) {}
