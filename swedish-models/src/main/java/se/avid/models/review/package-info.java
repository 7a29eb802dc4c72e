/**
 * Review signals: detectors that report what may have leaked, in the review band, so that a post
 * with a likely residual leak is flagged for a human instead of published.
 */
package se.avid.models.review;
