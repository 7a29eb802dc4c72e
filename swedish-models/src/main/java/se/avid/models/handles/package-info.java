/**
 * User names after a platform word that only a lexicon can tell from words: {@code snap
 * ninjakatten}, {@code min insta är lollo} ({@link se.avid.models.handles.PlatformHandleDetector}).
 * Handles shaped as handles ({@code kalle_k}, {@code lollo.99}) are found by avid-core.
 */
package se.avid.models.handles;
