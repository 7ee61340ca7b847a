/** The simulated ConnectWise data: rows generated from the seed on the fly, plus a small mutation overlay. */
package io.assetbridge.cwsim.data;
