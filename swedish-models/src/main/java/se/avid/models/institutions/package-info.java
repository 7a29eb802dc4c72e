/**
 * Institutions named by a proper part: the part that names a place ({@code Lindgårdens
 * äldreboende}, {@code förskolan Blåklockan}, {@code Katedralskolan}, {@code KS}), redacted as a
 * place while the institution noun stays.
 */
package se.avid.models.institutions;
