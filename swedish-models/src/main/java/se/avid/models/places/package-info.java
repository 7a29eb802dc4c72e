/** Street addresses in Swedish text: {@link se.avid.models.places.StreetAddressDetector}. */
package se.avid.models.places;
