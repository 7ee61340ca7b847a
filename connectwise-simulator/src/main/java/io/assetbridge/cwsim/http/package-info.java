/** The simulator's HTTP side: ConnectWise's REST endpoints, paging, authentication, faults and controls. */
package io.assetbridge.cwsim.http;
