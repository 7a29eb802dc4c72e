/** Person names and places in informal Swedish text: {@link se.avid.models.names.ProperNameDetector}. */
package se.avid.models.names;
