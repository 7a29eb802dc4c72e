/**
 * Swedish name, place and street-address detection for avid: {@link
 * se.avid.models.SwedishModelsProvider} adds the detectors of {@code se.avid.models.names} and
 * {@code se.avid.models.places} to every anonymizer built with service loading.
 */
package se.avid.models;
