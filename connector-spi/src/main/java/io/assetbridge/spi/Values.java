package io.assetbridge.spi;

/** Argument checks shared by the SPI's records. */
final class Values {

    private Values() {}

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static String requireText(String value, String what) {
        require(value != null && !value.isBlank(), what + " must not be blank");
        return value;
    }
}
